import { describe, it, expect } from 'vitest';
import { dayFromYmd } from '../core/dataset/calendar';
import { buildSeriesInput } from '../core/forecast/series-input';
import { seriesDetail } from './forecast-detail';
import { evaluateTask } from './forecast-evaluation';
import type { RunSettings } from './forecast-protocol';
import { datasetOf } from './forecast-test-dataset';

const SEASON = [10, 12, 15, 20, 26, 30, 32, 30, 24, 18, 14, 11];
const values = Array.from({ length: 48 }, (_, t) => (SEASON[t % 12] as number) + (t % 3));
const dataset = datasetOf([{ id: 'a', values }], 'monthly', dayFromYmd(2021, 1, 1));
const settings: RunSettings = {
  horizon: 6,
  model: 'auto',
  split: { kind: 'holdout', validationHorizons: 2 },
  metric: 'mase',
  seed: 3,
  expensiveUntil: Infinity,
};
const task = () => ({ index: 0, input: buildSeriesInput(dataset, 0, 6) });

describe('seriesDetail', () => {
  const outcome = evaluateTask(task(), settings, 0);
  const detail = seriesDetail(task(), settings, outcome.evaluated);
  const auto = detail.sources[0];

  it("puts Auto first, with the same forecast as the run's outcome", () => {
    expect(auto?.slot).toBe('auto');
    const point = outcome.future?.point;
    expect(point).toHaveLength(6);
    expect(auto?.future?.point).toEqual(point);
    expect(auto?.future?.members).toEqual(outcome.future?.members);
    expect(outcome.choice?.reason).toBeDefined();
    expect(detail.choice?.reason).toEqual(outcome.choice?.reason);
  });

  it('keeps the split, the rolling forecasts and one source per evaluated model', () => {
    expect(detail.split).toMatchObject({ length: 48, trainEnd: 30, validationEnd: 42 });
    expect(auto?.test.map((window) => window.origin)).toEqual([42]);
    expect(detail.sources.slice(1).map((source) => source.slot)).toEqual(outcome.evaluated);
    expect(detail.dates).toHaveLength(54);
  });

  it('gives each model its in-sample fit over all history and its description', () => {
    const snaive = detail.sources.find((source) => source.slot === 'snaive');
    expect(snaive?.fitted).toHaveLength(48);
    expect(snaive?.fitted?.[12]).toBe(values[0]);
    expect(snaive?.descriptions[0]?.description.form).toEqual({ code: 'seasonal-naive', period: 12 });
    expect(auto?.descriptions.length).toBeGreaterThan(0);
  });
});
