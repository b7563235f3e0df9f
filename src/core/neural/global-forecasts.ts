/**
 * One global network trained on all series, then asked for a forecast at every origin the engine
 * will evaluate each series at (split.ts: evaluationPlan, the function evaluateSeries uses), so the
 * forecast pool can score it through the one evaluation path (precomputed-forecaster.ts). The
 * network trains on each series' train part and stops early on its validation part; the future
 * forecast comes from this same network (it is not retrained on all history).
 */
import type { OriginForecasts } from '../forecast/precomputed-forecaster';
import { evaluationPlan, type EvaluationPlan, type SplitSettings } from '../forecast/split';
import { SEASON_LENGTH, type SeriesInput } from '../forecast/types';
import { forecastAtOrigins, type OriginRequest } from './forecast';
import { createNeuralModel, disposeNeuralModel, type NeuralModel } from './model';
import type { SeriesParts } from './series-parts';
import type { NeuralSettings } from './settings';
import { trainNeuralModel, type TrainOptions, type TrainingResult } from './train';
import { buildWindowSet } from './windows';

export interface GlobalTrainingInput {
  series: SeriesInput[];
  horizon: number;
  split: SplitSettings;
  settings: NeuralSettings;
}

/** Each series' evaluation plan, exactly as the forecast pool will derive it. */
export function seriesPlans(input: Omit<GlobalTrainingInput, 'settings'>): EvaluationPlan[] {
  return input.series.map((s) =>
    evaluationPlan(s.y.length, input.horizon, input.split, SEASON_LENGTH[s.frequency]),
  );
}

const partsOf = (plan: EvaluationPlan): SeriesParts => ({
  trainEnd: plan.split.trainEnd,
  validationEnd: plan.split.validationEnd,
});

/** Per series, the model's forecast at every origin of its plan (origin 0 has no history: left out). */
export async function forecastPlanOrigins(
  model: NeuralModel,
  series: SeriesInput[],
  plans: EvaluationPlan[],
): Promise<OriginForecasts[]> {
  const requests: OriginRequest[] = plans.flatMap((plan, s) =>
    plan.origins.filter((origin) => origin >= 1).map((origin) => ({ series: s, origin })),
  );
  const paths = await forecastAtOrigins(model, series, requests);
  const { horizon } = model.layout;
  let next = 0;
  return plans.map((plan) => {
    const origins = Int32Array.from(plan.origins.filter((origin) => origin >= 1));
    const values = new Float64Array(origins.length * horizon);
    for (let w = 0; w < origins.length; w++) values.set(paths[next++] as Float64Array, w * horizon);
    return { origins, values };
  });
}

export interface GlobalTrainingOutcome {
  model: NeuralModel;
  result: TrainingResult;
  forecasts: OriginForecasts[];
}

/** Trains (cancel keeps the best weights so far) and forecasts; the caller disposes `model`. */
export async function trainGlobalModel(
  input: GlobalTrainingInput,
  options: TrainOptions = {},
): Promise<GlobalTrainingOutcome> {
  const plans = seriesPlans(input);
  const parts = plans.map(partsOf);
  const model = createNeuralModel(input.series, parts, input.horizon, input.settings);
  try {
    const result = await trainNeuralModel(model, buildWindowSet(input.series, parts, model.layout), options);
    const forecasts = await forecastPlanOrigins(model, input.series, plans);
    return { model, result, forecasts };
  } catch (error) {
    disposeNeuralModel(model);
    throw error;
  }
}

/** Steps a backend trial runs; the first compiles kernels and is not timed. */
const TRIAL_STEPS = 3;

/**
 * Milliseconds per training step of this very network on the current backend: a few steps on the
 * train windows only (no validation pass). A backend missing a kernel the network needs throws
 * here, so a trial that passes proves the backend can train it.
 */
export async function timeTrainingStep(input: GlobalTrainingInput): Promise<number> {
  const parts = seriesPlans(input).map((plan) => ({
    trainEnd: plan.split.trainEnd,
    validationEnd: plan.split.trainEnd,
  }));
  const settings = { ...input.settings, steps: TRIAL_STEPS, dropout: 0 };
  const model = createNeuralModel(input.series, parts, input.horizon, settings);
  const stamps: number[] = [];
  try {
    await trainNeuralModel(model, buildWindowSet(input.series, parts, model.layout), {
      onProgress: () => stamps.push(performance.now()),
      yieldControl: () => Promise.resolve(),
    });
  } finally {
    disposeNeuralModel(model);
  }
  const first = stamps[0];
  const last = stamps.at(-1);
  if (first === undefined || last === undefined || stamps.length < 2) {
    throw new Error('The trial step did not run (diverged or no training windows)');
  }
  return (last - first) / (stamps.length - 1);
}
