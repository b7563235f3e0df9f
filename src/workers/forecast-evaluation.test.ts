import { describe, it, expect } from 'vitest';
import { dayFromYmd, formatIsoDate } from '../core/dataset/calendar';
import { buildSeriesInput } from '../core/forecast/series-input';
import { evaluationPlan } from '../core/forecast/split';
import { recentStart } from '../core/forecast/stored-backcast';
import { SEASON_LENGTH } from '../core/forecast/types';
import { evaluateTask, planModels } from './forecast-evaluation';
import { runsPooled } from './forecast-pooled';
import { runScoreLayout, type RunSettings } from './forecast-protocol';
import { MODEL_REGISTRY, NETWORK_MODEL_IDS, runModels } from '../core/forecast/model-registry';
import { datasetOf } from './forecast-test-dataset';

const SEASON = [10, 12, 15, 20, 26, 30, 32, 30, 24, 18, 14, 11];
/** Five years of one monthly pattern repeated exactly, from January 2020. */
const seasonal = Array.from({ length: 60 }, (_, t) => SEASON[t % 12] as number);
const intermittent = Array.from({ length: 60 }, (_, t) => (t % 5 === 0 ? 4 + (t % 3) : 0));

const settings = (patch: Partial<RunSettings> = {}): RunSettings => ({
  horizon: 12,
  model: 'auto',
  models: runModels(patch.model ?? 'auto', null),
  split: { kind: 'ratio', train: 7, validation: 2, test: 1 },
  metric: 'mase',
  seed: 1,
  expensiveUntil: Infinity,
  ...patch,
});
const offset = (run: RunSettings, ...at: Parameters<ReturnType<typeof runScoreLayout>['offset']>) =>
  runScoreLayout(run).offset(...at);

const dataset = datasetOf(
  [
    { id: 'seasonal', values: seasonal },
    { id: 'sparse', values: intermittent },
    { id: 'short', values: [3, 4, 5] },
  ],
  'monthly',
  dayFromYmd(2020, 1, 1),
);
const task = (index: number, horizon = 12) => ({ index, input: buildSeriesInput(dataset, index, horizon) });
const monthly = (values: number[]) => ({ y: Float64Array.from(values), frequency: 'monthly' as const });
const ids = (plan: ReturnType<typeof planModels>) => plan.run.map((forecaster) => forecaster.id);

describe('planModels', () => {
  it('leaves the intermittent-demand models out of smooth series and keeps them for sparse ones', () => {
    expect(ids(planModels(monthly(seasonal), settings(), 0))).not.toContain('croston');
    const sparse = planModels(monthly(intermittent), settings(), 0);
    expect(sparse.demand).toBe('intermittent');
    expect(ids(sparse)).toEqual(expect.arrayContaining(['croston', 'sba', 'tsb']));
  });

  it('classifies demand before the test part: an item that stops selling there is still planned as smooth', () => {
    // 60 months, the test part the last 12: selling until month 40, nothing after. The whole
    // history reads as intermittent; the 48 months before the test part do not.
    const stops = seasonal.map((value, t) => (t < 40 ? value : 0));
    const plan = planModels(monthly(stops), settings(), 0);
    expect(plan.demand).toBe('smooth');
    expect(ids(plan)).not.toContain('croston');
  });

  it('skips the expensive models once the time budget is spent, and says which', () => {
    const within = planModels(monthly(seasonal), settings({ expensiveUntil: 1000 }), 999);
    expect(ids(within)).toContain('arima');
    expect(within.skipped).toEqual([]);
    const after = planModels(monthly(seasonal), settings({ expensiveUntil: 1000 }), 1000);
    expect(ids(after)).not.toContain('arima');
    expect(after.skipped).toContain('arima');
  });

  it('runs a chosen model with seasonal naive as the reference', () => {
    expect(ids(planModels(monthly(seasonal), settings({ model: 'naive' }), 0)).sort()).toEqual([
      'naive',
      'snaive',
    ]);
    expect(ids(planModels(monthly(seasonal), settings({ model: 'snaive' }), 0))).toEqual(['snaive']);
  });

  it("plans only models the run's settings list, so every score has its slot", () => {
    for (const model of ['auto', ...MODEL_REGISTRY.map(({ id }) => id)] as const) {
      const network = NETWORK_MODEL_IDS.find((id) => id === model) ?? (model === 'auto' ? 'mlp' : null);
      const run = { ...settings({ model }), models: runModels(model, network) };
      const precomputed =
        network === null ? {} : { [network]: { origins: Int32Array.of(0), values: new Float64Array(12) } };
      for (const series of [seasonal, intermittent]) {
        const planned = ids(planModels(monthly(series), run, 0, precomputed));
        for (const id of planned) expect(run.models, `${model} plans ${id}`).toContain(id);
      }
      // The pooled regression joins the plan once the run has fitted it (pooledForecasters).
      if (runsPooled(run)) expect(run.models).toContain('pooled');
    }
  });
});

describe('evaluateTask', () => {
  it('forecasts an exactly repeating season with seasonal naive: the next year, on the data calendar, with zero test error', () => {
    const outcome = evaluateTask(task(0), settings({ model: 'snaive' }), 0);
    expect(outcome.future?.model).toBe('snaive');
    expect(Array.from(outcome.future?.point ?? [])).toEqual(SEASON);
    expect(formatIsoDate(outcome.futureDates[0] as number)).toBe('2025-01-01');
    expect(formatIsoDate(outcome.futureDates[11] as number)).toBe('2025-12-01');
    expect(outcome.scores[offset(settings({ model: 'snaive' }), 'snaive', 'test', 'mase')]).toBe(0);
    expect(outcome.scores[offset(settings({ model: 'snaive' }), 'snaive', 'test', 'coverage80')]).toBe(1);
    expect(outcome.evaluated).toEqual(['snaive']);
    // A single-model run has no Auto slot: Auto's choice between two models means nothing.
    expect(runScoreLayout(settings({ model: 'snaive' })).has('auto')).toBe(false);
  });

  it("keeps the exported forecast's validation and test windows over the chart's recent view, and its fitted model", () => {
    const outcome = evaluateTask(task(0), settings({ model: 'snaive' }), 0);
    const backcast = outcome.backcast;
    if (backcast === null) throw new Error('a forecast series keeps its backcast');
    const { trainEnd, validationEnd, start, values } = backcast;
    expect(start).toBe(Math.max(trainEnd, recentStart(60, 12, 60 - validationEnd)));
    expect(values).toHaveLength(60 - start);
    // Seasonal naive repeats this season exactly: its stored windows are the actual sales.
    for (let t = start; t < 60; t++) {
      const value = values[t - start] as number;
      if (!Number.isNaN(value)) expect(value).toBe(seasonal[t]);
    }
    expect(Number.isNaN(values[values.length - 1] as number)).toBe(false);
    expect(outcome.descriptions.map(({ id }) => id)).toEqual(['snaive']);
    expect(outcome.descriptions[0]?.description.form).toEqual({ code: 'seasonal-naive', period: 12 });
  });

  it("labels Auto's forecast auto(<model>) and explains the choice", () => {
    const outcome = evaluateTask(task(0), settings(), 0);
    expect(outcome.future?.model).toMatch(/^auto\((\w|-)+\)$/);
    expect(outcome.choice).toMatchObject({ metric: 'mase', basis: 'validation' });
    expect(outcome.choice?.reason.code).toMatch(/^(lowest|blend|combination)$/);
    expect(outcome.scores[offset(settings(), 'auto', 'validation', 'count')]).toBeGreaterThan(0);
    const { p10, p50, p90 } = outcome.future?.own ?? { p10: [], p50: [], p90: [] };
    for (let step = 0; step < 12; step++) {
      expect(p10[step]).toBeLessThanOrEqual(p50[step] as number);
      expect(p50[step]).toBeLessThanOrEqual(p90[step] as number);
    }
  });

  it('gives a series the same numbers whichever worker fits it, and after whichever other series', () => {
    const alone = evaluateTask(task(1), settings(), 0);
    evaluateTask(task(0), settings(), 0);
    const afterAnother = evaluateTask(task(1), settings(), 0);
    expect(Array.from(afterAnother.scores)).toEqual(Array.from(alone.scores));
    expect(alone.future?.point).toHaveLength(12);
    expect(afterAnother.future?.point).toEqual(alone.future?.point);
  });

  it('evaluates a trained global model from its precomputed forecasts, exported under its own id', () => {
    const run = settings({ model: 'lstm' });
    const plan = evaluationPlan(seasonal.length, 12, run.split, SEASON_LENGTH.monthly);
    // The season itself, from every origin: what a network that learned it would forecast.
    const values = Float64Array.from({ length: plan.origins.length * 12 }, (_, i) => {
      const origin = plan.origins[Math.floor(i / 12)] as number;
      return SEASON[(origin + (i % 12)) % 12] as number;
    });
    const lstm = { origins: Int32Array.from(plan.origins), values };
    const outcome = evaluateTask({ ...task(0), precomputed: { lstm } }, run, 0);
    expect(outcome.evaluated).toEqual(['snaive', 'lstm']);
    expect(outcome.failures).toEqual([]);
    expect(outcome.future?.model).toBe('lstm');
    expect(Array.from(outcome.future?.point ?? [])).toEqual(SEASON);
    expect(outcome.scores[offset(run, 'lstm', 'validation', 'mase')]).toBe(0);
    expect(outcome.scores[offset(run, 'lstm', 'test', 'count')]).toBeGreaterThan(0);
    expect(outcome.form).toEqual({ code: 'network', model: 'LSTM' });
    expect(ids(planModels(monthly(seasonal), settings(), 0, { lstm }))).toContain('lstm');
    expect(ids(planModels(monthly(seasonal), settings(), 0))).not.toContain('lstm');
  });

  it('lists a series with too little history instead of forecasting it', () => {
    const outcome = evaluateTask(task(2), settings(), 0);
    expect(outcome.future).toBeNull();
    // A code, not a sentence: the page words it with the dataset's figures (unforecastable-reason.ts).
    expect(outcome.unforecastable).toBe('too-short');
    expect(outcome.form).toBeNull();
  });

  it('reports forms as codes the page words, for single models and for Auto (one model or a blend)', () => {
    for (const model of ['auto', 'ets', 'snaive', 'theta'] as const) {
      for (const index of [0, 1]) {
        const { form } = evaluateTask(task(index), settings({ model }), 0);
        expect(typeof form, `${model} on series ${index}`).toBe('object');
        expect(form?.code).toMatch(/^[a-z-]+$/);
        if (form?.code === 'blend')
          for (const member of form.members) expect(typeof member.code).toBe('string');
      }
    }
  });
});
