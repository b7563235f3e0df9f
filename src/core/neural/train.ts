/**
 * The training loop: steps of sampled mini-batches with optimizer.minimize, validation checks
 * every `evaluateEvery` steps, early stopping with patience, and the best weights restored at the
 * end — also when cancelled. It awaits between steps so the worker running it stays responsive.
 * Same seed, data and backend give the same weights and validation loss. With a `failover`, a step
 * or check that fails (a GPU device lost) moves training to another backend, from the last finished
 * step's weights.
 */
import type { Optimizer } from '@tensorflow/tfjs';
import type { CancelToken } from '../forecast/types';
import { mulberry32 } from '../metrics/seeded-random';
import { batchTensors, disposeBatchTensors } from './batch-tensors';
import { trackBestWeights } from './best-weights';
import { seededDropout } from './dropout';
import { fillInChunks, lossOnBatches } from './evaluate';
import { maskedLoss } from './loss';
import type { NeuralModel } from './model';
import { createOptimizer } from './optimizer';
import { fillWindowBatch } from './window-batch';
import { sampleTrainingWindows, type WindowSet } from './windows';
import { unlessLost, type Failover } from './failover';
import { readWeights, assignWeights, packedWeights, type WeightSnapshot } from './weight-snapshot';
import { periodicYield } from './yield-control';

export interface TrainingProgress {
  step: number;
  totalSteps: number;
  /** Loss of this step's mini-batch. */
  trainLoss: number;
  /** Set on steps that ran a validation check. */
  validationLoss?: number;
  /** Best validation loss so far (null without validation windows). */
  bestValidationLoss: number | null;
  samplesPerSecond: number;
}

export interface TrainOptions {
  cancel?: CancelToken;
  onProgress?: (progress: TrainingProgress) => void;
  /** Awaited after each step; defaults to a timer turn every 25 ms. */
  yieldControl?: () => Promise<void>;
  /**
   * How training survives its backend failing (a lost GPU device, a GPU out of memory): training
   * goes on from the last finished step (its weights, read back after every step while this is set;
   * the optimiser's moments start afresh), so the run is not lost. Give it only on a backend that
   * can fail that way: the read-back costs a copy a step.
   */
  failover?: Failover;
}

export type StopReason = 'steps' | 'early-stopping' | 'cancelled' | 'diverged';

export interface TrainingResult {
  stoppedBy: StopReason;
  stepsRun: number;
  /** Step whose weights the model now has (0 = the starting weights). */
  bestStep: number;
  bestValidationLoss: number | null;
  lastTrainLoss: number;
  samplesPerSecond: number;
  /** Validation loss at each check, starting with step 0. */
  validationHistory: { step: number; loss: number }[];
}

const SAMPLING_SEED_MIX = 0x9e3779b9;

/**
 * One optimiser step on a freshly sampled mini-batch; resolves to the batch's loss and, when
 * `snapshot`, the weights after it (read back with the loss: one wait for the device, not two).
 */
async function trainingStep(
  model: NeuralModel,
  set: WindowSet,
  optimizer: Optimizer,
  random: () => number,
  step: number,
  snapshot: boolean,
): Promise<{ loss: number; weights: WeightSnapshot | null }> {
  const { settings, layout, network } = model;
  const windows = sampleTrainingWindows(set, settings.batchSize, random);
  const tensors = batchTensors(fillWindowBatch(set.series, layout, windows), layout);
  const dropout = seededDropout(settings.dropout, settings.seed, step);
  const cost = optimizer.minimize(
    () =>
      maskedLoss(
        settings.loss,
        network.forward(tensors, { training: true, dropout }),
        tensors.target,
        tensors.mask,
      ),
    true,
    [...network.parameters.values()],
  );
  disposeBatchTensors(tensors);
  if (!cost) return { loss: NaN, weights: null };
  if (!snapshot) {
    const [loss] = await cost.data();
    cost.dispose();
    return { loss: loss as number, weights: null };
  }
  const packed = packedWeights(network.parameters, cost);
  cost.dispose();
  const values = (await packed.data()) as Float32Array;
  packed.dispose();
  return { loss: values[0] as number, weights: values.subarray(1) };
}

/**
 * Trains `model` (fresh, or loaded to warm-start) on `set`, built with buildWindowSet(series,
 * parts, model.layout). The model keeps the weights of its best validation check.
 */
export async function trainNeuralModel(
  model: NeuralModel,
  set: WindowSet,
  options: TrainOptions = {},
): Promise<TrainingResult> {
  const { settings, layout, network } = model;
  if (set.layout !== layout) throw new Error('Build the window set with the model’s own input layout');
  const yieldControl = options.yieldControl ?? periodicYield();
  // Another stream than the weights' initialiser (which draws from mulberry32(seed) itself).
  const random = mulberry32(settings.seed ^ SAMPLING_SEED_MIX);
  let optimizer = createOptimizer(settings.optimizer, settings.learningRate);
  const validationBatches = fillInChunks(set.series, layout, set.validation);
  const hasValidation = validationBatches.some((batch) => batch.mask.some((m) => m > 0));
  const validationHistory: { step: number; loss: number }[] = [];

  const bestWeights = trackBestWeights(network.parameters);
  let checksSinceBest = 0;
  const check = async (step: number, weights: WeightSnapshot | null): Promise<number> => {
    const loss = await lossOnBatches(network, layout, validationBatches, settings.loss);
    validationHistory.push({ step, loss });
    const improved = bestWeights.improves(loss);
    // Without a step's snapshot, the weights are read back only when they are the best so far.
    if (improved) bestWeights.offer(step, loss, weights ?? (await readWeights(network.parameters)));
    checksSinceBest = improved ? 0 : checksSinceBest + 1;
    return loss;
  };

  const { failover } = options;
  const guarded = <T>(work: Promise<T>): Promise<T> => unlessLost(failover, work);
  /** The last step whose training and check both finished, with its weights (only with a failover). */
  let finished = failover ? { step: 0, weights: await guarded(readWeights(network.parameters)) } : null;
  /** Moves to the next backend and back to the last finished step, or rethrows `error`. */
  const recover = async (error: unknown): Promise<number> => {
    if (finished === null || !failover || !(await failover.moveOn(error, finished.step))) throw error;
    assignWeights(network.parameters, finished.weights);
    disposeQuietly(optimizer);
    optimizer = createOptimizer(settings.optimizer, settings.learningRate);
    trainingMs = 0;
    timedFrom = finished.step;
    // A check of the failed step is redone with the step; one of step 0 is redone here.
    if (finished.step === 0 && hasValidation && validationHistory.length === 0) {
      await guarded(check(0, finished.weights));
    }
    return finished.step;
  };

  let stoppedBy: StopReason = 'steps';
  let stepsRun = 0;
  let lastTrainLoss = NaN;
  /** Training time on the backend in use, and the step its count starts after (samples/s). */
  let trainingMs = 0;
  let timedFrom = 0;
  try {
    if (hasValidation) await guarded(check(0, finished?.weights ?? null)).catch(recover);
    for (let step = 1; step <= settings.steps; step++) {
      if (options.cancel?.cancelled) {
        stoppedBy = 'cancelled';
        break;
      }
      try {
        const started = Date.now();
        const { loss: trainLoss, weights } = await guarded(
          trainingStep(model, set, optimizer, random, step, finished !== null),
        );
        trainingMs += Date.now() - started;
        stepsRun = step;
        lastTrainLoss = trainLoss;
        const samplesPerSecond = ((step - timedFrom) * settings.batchSize * 1000) / Math.max(1, trainingMs);
        if (!Number.isFinite(lastTrainLoss)) {
          stoppedBy = 'diverged';
          break;
        }
        const progress: TrainingProgress = {
          step,
          totalSteps: settings.steps,
          trainLoss: lastTrainLoss,
          bestValidationLoss: null,
          samplesPerSecond,
        };
        if (hasValidation && (step % settings.evaluateEvery === 0 || step === settings.steps)) {
          progress.validationLoss = await guarded(check(step, weights));
        }
        if (finished !== null && weights !== null) finished = { step, weights };
        progress.bestValidationLoss = bestWeights.best()?.loss ?? null;
        options.onProgress?.(progress);
        if (checksSinceBest >= settings.patience) {
          stoppedBy = 'early-stopping';
          break;
        }
        await guarded(yieldControl());
      } catch (error) {
        // The for's own increment resumes right after the last finished step.
        step = await recover(error);
      }
    }
  } catch (error) {
    // The backend may be gone with its device: the error, not a second one, is what to report.
    try {
      bestWeights.restoreAndRelease();
    } catch {
      // Nothing to restore into.
    }
    throw error;
  } finally {
    disposeQuietly(optimizer);
  }
  const kept = bestWeights.best();
  bestWeights.restoreAndRelease();
  return {
    stoppedBy,
    stepsRun,
    bestStep: kept ? kept.step : stepsRun,
    bestValidationLoss: kept ? kept.loss : null,
    lastTrainLoss,
    samplesPerSecond: ((stepsRun - timedFrom) * settings.batchSize * 1000) / Math.max(1, trainingMs),
    validationHistory,
  };
}

/** Frees an optimiser's state; on a lost device there may be nothing left to free. */
function disposeQuietly(optimizer: Optimizer): void {
  try {
    optimizer.dispose();
  } catch {
    // Its device is gone, and its memory with it.
  }
}
