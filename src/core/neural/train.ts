/**
 * The training loop: steps of sampled mini-batches with optimizer.minimize, validation checks
 * every `evaluateEvery` steps, early stopping with patience, and the best weights restored at the
 * end — also when cancelled. It awaits between steps so the worker running it stays responsive.
 * Same seed, data and backend give the same weights and validation loss.
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

/** One optimiser step on a freshly sampled mini-batch; resolves to the batch's loss. */
async function trainingStep(
  model: NeuralModel,
  set: WindowSet,
  optimizer: Optimizer,
  random: () => number,
  step: number,
): Promise<number> {
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
  if (!cost) return NaN;
  const [loss] = await cost.data();
  cost.dispose();
  return loss as number;
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
  const optimizer = createOptimizer(settings.optimizer, settings.learningRate);
  const validationBatches = fillInChunks(set.series, layout, set.validation);
  const hasValidation = validationBatches.some((batch) => batch.mask.some((m) => m > 0));
  const validationHistory: { step: number; loss: number }[] = [];

  const bestWeights = trackBestWeights(network.parameters);
  let checksSinceBest = 0;
  const check = async (step: number): Promise<number> => {
    const loss = await lossOnBatches(network, layout, validationBatches, settings.loss);
    validationHistory.push({ step, loss });
    checksSinceBest = bestWeights.offer(step, loss) ? 0 : checksSinceBest + 1;
    return loss;
  };

  let stoppedBy: StopReason = 'steps';
  let stepsRun = 0;
  let lastTrainLoss = NaN;
  let trainingMs = 0;
  try {
    if (hasValidation) await check(0);
    for (let step = 1; step <= settings.steps; step++) {
      if (options.cancel?.cancelled) {
        stoppedBy = 'cancelled';
        break;
      }
      const started = Date.now();
      const trainLoss = await trainingStep(model, set, optimizer, random, step);
      trainingMs += Date.now() - started;
      stepsRun = step;
      lastTrainLoss = trainLoss;
      const samplesPerSecond = (step * settings.batchSize * 1000) / Math.max(1, trainingMs);
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
        progress.validationLoss = await check(step);
      }
      progress.bestValidationLoss = bestWeights.best()?.loss ?? null;
      options.onProgress?.(progress);
      if (checksSinceBest >= settings.patience) {
        stoppedBy = 'early-stopping';
        break;
      }
      await yieldControl();
    }
  } catch (error) {
    bestWeights.restoreAndRelease();
    throw error;
  } finally {
    optimizer.dispose();
  }
  const kept = bestWeights.best();
  bestWeights.restoreAndRelease();
  return {
    stoppedBy,
    stepsRun,
    bestStep: kept ? kept.step : stepsRun,
    bestValidationLoss: kept ? kept.loss : null,
    lastTrainLoss,
    samplesPerSecond: (stepsRun * settings.batchSize * 1000) / Math.max(1, trainingMs),
    validationHistory,
  };
}
