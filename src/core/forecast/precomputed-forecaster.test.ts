/**
 * The global-model contract: forecasts made elsewhere at the origins the split defines go through
 * the one evaluation path and come out scored, among Auto's candidates and forecast into the future.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../metrics/seeded-random';
import { MIN_NETWORK_WINDOWS } from './auto-candidates';
import { evaluateSeries } from './evaluate';
import type { EvaluationSettings } from './evaluate-types';
import { localForecaster } from './local-forecasters';
import { globalModelOrigins, precomputedForecaster, type OriginForecasts } from './precomputed-forecaster';
import { evaluationPlan, type SplitSettings } from './split';
import { SEASON_LENGTH, type Forecaster, type SeriesInput } from './types';

const HORIZON = 14;

function weeklyPattern(length: number): SeriesInput {
  const random = mulberry32(3);
  const y = Float64Array.from({ length }, (_, t) =>
    Math.round(20 + 8 * Math.sin((2 * Math.PI * t) / 7) + 6 * random()),
  );
  const dates = Int32Array.from({ length: length + HORIZON }, (_, t) => 19_000 + t);
  return { y, frequency: 'daily', dates, covariates: [] };
}

/** A forecaster that knows the actuals (the last week repeated past the history): Auto must pick it. */
function oracleForecasts(input: SeriesInput, origins: number[]): OriginForecasts {
  const { y } = input;
  const values = new Float64Array(origins.length * HORIZON);
  origins.forEach((origin, w) => {
    for (let h = 0; h < HORIZON; h++) {
      const t = origin + h;
      values[w * HORIZON + h] = t < y.length ? (y[t] as number) : (y[y.length - 7 + (h % 7)] as number);
    }
  });
  return { origins: Int32Array.from(origins), values };
}

function settings(split: SplitSettings): EvaluationSettings {
  return { horizon: HORIZON, split, level: 0.8, seed: 1 };
}

const local = (id: 'snaive' | 'theta' | 'ets'): Forecaster => localForecaster(id) as Forecaster;

describe('a global model through the precomputed path', () => {
  it('is scored on validation and test, is one of Auto’s candidates and forecasts the future', () => {
    const input = weeklyPattern(300);
    const split: SplitSettings = { kind: 'ratio', train: 7, validation: 2, test: 1 };
    const plan = evaluationPlan(input.y.length, HORIZON, split, SEASON_LENGTH.daily);
    const lstm = precomputedForecaster('lstm', 'LSTM', oracleForecasts(input, globalModelOrigins(plan)));
    const evaluation = evaluateSeries(input, [local('snaive'), local('theta'), local('ets'), lstm], {
      ...settings(split),
    });
    const model = evaluation.models.find((m) => m.id === 'lstm');
    expect(model?.error).toBeUndefined();
    expect(model?.validation?.count).toBeGreaterThan(0);
    expect(model?.validation?.mase).toBe(0);
    expect(model?.test?.mase).toBe(0);
    expect(model?.future?.model).toBe('lstm');
    expect(model?.future?.point).toHaveLength(HORIZON);
    expect(model?.future?.quantiles.p90).toHaveLength(HORIZON);
    expect(evaluation.auto?.choice.members).toEqual(['lstm']);
    expect(evaluation.auto?.choice.model).toBe('auto(lstm)');
  });

  it.each<[string, SplitSettings, number]>([
    ['7:2:1', { kind: 'ratio', train: 7, validation: 2, test: 1 }, 200],
    ['a horizon holdout (with earlier selection origins)', { kind: 'holdout', validationHorizons: 1 }, 200],
    ['a series too short for a test part', { kind: 'ratio', train: 1, validation: 1, test: 1 }, 40],
  ])('is asked for the origins the split defines: %s', (_label, split, length) => {
    const input = weeklyPattern(length);
    const plan = evaluationPlan(input.y.length, HORIZON, split, SEASON_LENGTH.daily);
    const served = precomputedForecaster('gru', 'GRU', oracleForecasts(input, globalModelOrigins(plan)));
    const asked = new Set<number>();
    const recording: Forecaster = {
      ...served,
      fit: (series, options) => {
        asked.add(series.y.length);
        return served.fit(series, options);
      },
    };
    const evaluation = evaluateSeries(input, [local('snaive'), recording], settings(split));
    expect(evaluation.models[1]?.error).toBeUndefined();
    // Every origin it forecasts from is asked for; before the end of train it has none to give.
    for (const origin of globalModelOrigins(plan)) expect(asked).toContain(origin);
    for (const origin of asked) expect(plan.origins).toContain(origin);
    expect(plan.origins.at(-1)).toBe(input.y.length);
    if (split.kind === 'holdout') expect(plan.earlierOrigins.length).toBeGreaterThan(0);
  });

  it('has no forecast from before the end of train, and is chosen and calibrated on the windows after', () => {
    const input = weeklyPattern(300);
    const split: SplitSettings = { kind: 'holdout', validationHorizons: 1 };
    const plan = evaluationPlan(input.y.length, HORIZON, split, SEASON_LENGTH.daily);
    const before = [...plan.calibrationOrigins, ...plan.earlierOrigins];
    expect(before.length).toBeGreaterThan(1);
    expect(globalModelOrigins(plan)).toEqual(plan.origins.filter((origin) => !before.includes(origin)));
    const lstm = precomputedForecaster('lstm', 'LSTM', oracleForecasts(input, globalModelOrigins(plan)));
    const evaluation = evaluateSeries(input, [local('snaive'), local('theta'), lstm], settings(split));
    const model = evaluation.models.find((m) => m.id === 'lstm');
    expect(model?.error).toBeUndefined();
    expect(model?.validation?.mase).toBe(0);
    // Its calibration errors: none on the calibration windows, the validation window's zeros.
    const errors = Array.from(model?.calibrationErrors?.values ?? [1]);
    const calibrationWindows = plan.calibrationOrigins.length;
    expect(errors).toHaveLength((calibrationWindows + 1) * HORIZON);
    expect(errors.slice(0, calibrationWindows * HORIZON).every(Number.isNaN)).toBe(true);
    expect(errors.slice(calibrationWindows * HORIZON)).toEqual(new Array(HORIZON).fill(0));
    // Exact on its one window, but one window is too few to choose a network on (MIN_NETWORK_WINDOWS).
    expect(evaluation.auto?.choice.members).not.toContain('lstm');
  });

  it('is chosen by Auto when it is the best on enough windows after the end of train', () => {
    const input = weeklyPattern(300);
    const split: SplitSettings = { kind: 'holdout', validationHorizons: MIN_NETWORK_WINDOWS };
    const plan = evaluationPlan(input.y.length, HORIZON, split, SEASON_LENGTH.daily);
    const lstm = precomputedForecaster('lstm', 'LSTM', oracleForecasts(input, globalModelOrigins(plan)));
    const evaluation = evaluateSeries(input, [local('snaive'), local('theta'), lstm], settings(split));
    expect(plan.split.validationOrigins.length).toBeGreaterThanOrEqual(MIN_NETWORK_WINDOWS);
    expect(evaluation.auto?.choice.model).toBe('auto(lstm)');
  });

  it('fails with a clear message, as a model failure, when an origin is missing', () => {
    const input = weeklyPattern(200);
    const split: SplitSettings = { kind: 'ratio', train: 7, validation: 2, test: 1 };
    const plan = evaluationPlan(input.y.length, HORIZON, split, SEASON_LENGTH.daily);
    const withoutFuture = globalModelOrigins(plan).slice(0, -1);
    const cnn = precomputedForecaster('cnn', 'CNN', oracleForecasts(input, withoutFuture));
    const evaluation = evaluateSeries(input, [local('snaive'), cnn], settings(split));
    expect(evaluation.models[1]?.error).toBe(
      'CNN has no forecast from period 200: train it again on these settings',
    );
    expect(evaluation.auto?.choice.members).toEqual(['snaive']);
  });
});
