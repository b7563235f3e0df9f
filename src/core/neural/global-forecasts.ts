/**
 * One global network trained on all series, then asked for a forecast at every origin the engine
 * will evaluate each series at (split.ts: evaluationPlan, the function evaluateSeries uses) from the
 * end of its train part on (earlier windows would be in-sample: globalModelOrigins), so the
 * forecast pool can score it through the one evaluation path (precomputed-forecaster.ts). The
 * network trains on each series' train part and stops early on its validation part; the future
 * forecast comes from a network retrained on all history for the best number of steps found.
 */
import { globalModelOrigins, type OriginForecasts } from '../forecast/precomputed-forecaster';
import type { CancelToken } from '../forecast/types';
import { evaluationPlan, type EvaluationPlan, type SplitSettings } from '../forecast/split';
import { SEASON_LENGTH, type SeriesInput } from '../forecast/types';
import { dataFingerprint } from './fingerprint';
import { forecastAtOrigins, type OriginRequest } from './forecast';
import { permutationImportance, type InputImportance } from './importance';
import { createNeuralModel, disposeNeuralModel, type NeuralModel } from './model';
import type { SeriesParts } from './series-parts';
import type { NeuralSettings } from './settings';
import { survivingLoss, unlessLost, type Failover } from './failover';
import { trainNeuralModel, type TrainOptions, type TrainingProgress, type TrainingResult } from './train';
import { assignWeights, readWeights, type WeightSnapshot } from './weight-snapshot';
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

/** The origins of a plan the network forecasts from: out of sample (globalModelOrigins), with history. */
const networkOrigins = (plan: EvaluationPlan): number[] =>
  globalModelOrigins(plan).filter((origin) => origin >= 1);

/** Per series, the model's forecast at every origin of its plan after its training targets. */
export async function forecastPlanOrigins(
  model: NeuralModel,
  series: SeriesInput[],
  plans: EvaluationPlan[],
): Promise<OriginForecasts[]> {
  const requests: OriginRequest[] = plans.flatMap((plan, s) =>
    networkOrigins(plan).map((origin) => ({ series: s, origin })),
  );
  const paths = await forecastAtOrigins(model, series, requests);
  const { horizon } = model.layout;
  let next = 0;
  return plans.map((plan) => {
    const origins = Int32Array.from(networkOrigins(plan));
    const values = new Float64Array(origins.length * horizon);
    for (let w = 0; w < origins.length; w++) values.set(paths[next++] as Float64Array, w * horizon);
    return { origins, values };
  });
}

export type TrainingPhase = 'evaluation' | 'retraining';

export interface GlobalTrainOptions {
  cancel?: CancelToken;
  onProgress?: (phase: TrainingPhase, progress: TrainingProgress) => void;
  /** Awaited after each step (see TrainOptions). */
  yieldControl?: () => Promise<void>;
  /**
   * A saved model to continue training (warm start) instead of fresh weights: both the evaluated
   * and the retrained network start from it. Its input list must fit these series.
   */
  warmStart?: () => NeuralModel;
  /** Moves training to another backend when a step fails (see Failover), in either phase. */
  failover?: {
    lost: Failover['lost'];
    moveOn(error: unknown, phase: TrainingPhase, lastFinishedStep: number): Promise<boolean>;
  };
}

export interface GlobalTrainingOutcome {
  /**
   * The network to keep (save): retrained on all history when that ran to the end, else the
   * evaluated one. Null when nothing usable was trained; the caller disposes it otherwise.
   */
  model: NeuralModel | null;
  /** The training on each series' train part, early-stopped on its validation part. */
  evaluation: TrainingResult;
  /** The retraining on all history for the evaluation's best number of steps (null: did not run to the end). */
  retraining: TrainingResult | null;
  /** Which network made the forecast after the history (the last origin of each plan). */
  futureFrom: 'retrained' | 'evaluated';
  /**
   * Per series, forecasts at every plan origin; null when cancelled before the first validation
   * check (nothing was evaluated yet).
   */
  forecasts: OriginForecasts[] | null;
  /** Permutation importance of the input groups on the validation windows (empty without any). */
  importance: InputImportance[];
}

/** Each series whole: retraining reads every window whose targets lie in the history. */
const wholeHistory = (series: SeriesInput[]): SeriesParts[] =>
  series.map((s) => ({ trainEnd: s.y.length, validationEnd: s.y.length }));

/** A cancelled evaluation is kept once it reached its first validation check. */
function reachedCheck(result: TrainingResult, settings: NeuralSettings): boolean {
  return result.stoppedBy !== 'cancelled' || result.stepsRun >= settings.evaluateEvery;
}

/**
 * Replaces each series' forecast after its history (its plan's last origin, `y.length`) with the
 * retrained network's.
 */
async function replaceFuture(
  model: NeuralModel,
  series: SeriesInput[],
  forecasts: OriginForecasts[],
): Promise<void> {
  const requests = series.map((s, index) => ({ series: index, origin: s.y.length }));
  const paths = await forecastAtOrigins(model, series, requests);
  const { horizon } = model.layout;
  forecasts.forEach((forecast, s) => {
    const at = forecast.origins.indexOf((series[s] as SeriesInput).y.length);
    if (at >= 0) forecast.values.set(paths[s] as Float64Array, at * horizon);
  });
}

/**
 * Trains on each series' train part (early stopping on validation, best weights kept — also when
 * cancelled), forecasts every plan origin with that network, then retrains a network of the same
 * settings on all history for the evaluation's best number of steps and lets it make the forecast
 * after the history. Cancel stops whichever phase runs: a cancelled evaluation still forecasts
 * from its best weights once it reached a validation check; a cancelled retraining leaves the
 * future forecast to the evaluated network.
 */
export async function trainGlobalModel(
  input: GlobalTrainingInput,
  options: GlobalTrainOptions = {},
): Promise<GlobalTrainingOutcome> {
  const { series, horizon, settings } = input;
  const plans = seriesPlans(input);
  const parts = plans.map(partsOf);
  const fresh = (p: SeriesParts[], s: NeuralSettings): NeuralModel => {
    if (!options.warmStart) return createNeuralModel(series, p, horizon, s);
    const model = options.warmStart();
    model.settings = { ...model.settings, steps: s.steps };
    model.fingerprint = dataFingerprint(series);
    return model;
  };
  const { failover } = options;
  const phaseFailover = (phase: TrainingPhase): Failover | undefined =>
    failover && {
      lost: failover.lost,
      moveOn: (error: unknown, step: number) => failover.moveOn(error, phase, step),
    };
  const phaseOptions = (phase: TrainingPhase): TrainOptions => {
    const moving = phaseFailover(phase);
    return {
      ...(options.cancel ? { cancel: options.cancel } : {}),
      ...(options.yieldControl ? { yieldControl: options.yieldControl } : {}),
      onProgress: (progress) => options.onProgress?.(phase, progress),
      ...(moving ? { failover: moving } : {}),
    };
  };

  /** With a failover, a trained network's weights in JavaScript: read back once, used by onTrained. */
  const weightsOf = async (model: NeuralModel): Promise<WeightSnapshot | undefined> =>
    failover ? unlessLost(failover, readWeights(model.network.parameters)) : undefined;
  /** Runs `work` on a network trained in `phase`, on the next backend if its device is lost meanwhile. */
  const onTrained = <T>(
    model: NeuralModel,
    weights: WeightSnapshot | undefined,
    phase: TrainingPhase,
    trained: TrainingResult,
    work: () => Promise<T>,
  ): Promise<T> =>
    survivingLoss(phaseFailover(phase), model.network.parameters, trained.stepsRun, work, weights);

  const evaluated = fresh(parts, settings);
  let retrained: NeuralModel | null = null;
  try {
    const set = buildWindowSet(series, parts, evaluated.layout);
    const evaluation = await trainNeuralModel(evaluated, set, phaseOptions('evaluation'));
    if (!reachedCheck(evaluation, evaluated.settings)) {
      disposeNeuralModel(evaluated);
      return {
        model: null,
        evaluation,
        retraining: null,
        futureFrom: 'evaluated',
        forecasts: null,
        importance: [],
      };
    }
    // Also kept if the retraining does not finish: should it have moved to another backend meanwhile,
    // the evaluated network's variables are put there too, so saving it reads from a live device.
    const evaluatedWeights = await weightsOf(evaluated);
    const forecasts = await onTrained(evaluated, evaluatedWeights, 'evaluation', evaluation, () =>
      forecastPlanOrigins(evaluated, series, plans),
    );
    const importance = await onTrained(evaluated, evaluatedWeights, 'evaluation', evaluation, () =>
      permutationImportance(evaluated, set, evaluated.settings.seed),
    );
    // The evaluated network also makes the future forecast when no retraining ran to its end.
    const fromEvaluated: GlobalTrainingOutcome = {
      model: evaluated,
      evaluation,
      retraining: null,
      futureFrom: 'evaluated',
      forecasts,
      importance,
    };
    const steps = evaluation.bestStep;
    if (evaluation.stoppedBy === 'cancelled' || steps < 1) return fromEvaluated;
    const all = wholeHistory(series);
    retrained = fresh(all, { ...evaluated.settings, steps });
    const retraining = await trainNeuralModel(
      retrained,
      buildWindowSet(series, all, retrained.layout),
      phaseOptions('retraining'),
    );
    if (retraining.stoppedBy !== 'steps') {
      disposeNeuralModel(retrained);
      if (evaluatedWeights) assignWeights(evaluated.network.parameters, evaluatedWeights);
      return fromEvaluated;
    }
    const retrainedModel = retrained;
    await onTrained(retrainedModel, await weightsOf(retrainedModel), 'retraining', retraining, () =>
      replaceFuture(retrainedModel, series, forecasts),
    );
    disposeNeuralModel(evaluated);
    return { model: retrained, evaluation, retraining, futureFrom: 'retrained', forecasts, importance };
  } catch (error) {
    disposeNeuralModel(evaluated);
    if (retrained) disposeNeuralModel(retrained);
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
