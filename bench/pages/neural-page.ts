/**
 * The neural bench page: builds the Dataset from a CSV with the app's own data core, runs the app's
 * training worker (through its RPC, as train-client.ts does) on one backend, and reports what the
 * suite measures. Playwright calls `window.neuralBench` (bench/lib/neural-browser.mjs).
 */
import { deriveDataset } from '../../src/core/dataset/derive';
import { readDelimitedText } from '../../src/core/dataset/delimited-reader';
import { guessMapping } from '../../src/core/dataset/roles';
import type { Dataset } from '../../src/core/dataset/types';
import { DEFAULT_SPLIT } from '../../src/core/forecast/split';
import { defaultNeuralSettings, type NeuralArchitecture } from '../../src/core/neural/settings';
import { RpcClient, isCancelled } from '../../src/workers/rpc';
import type {
  BackendChoice,
  BackendReason,
  TrainMethods,
  TrainProgress,
} from '../../src/workers/train-protocol';
import { MEMORY_CHANNEL } from './neural-memory-channel';

/** The worker's coded reason in a few plain English words for the report (the app words it per language). */
function reasonText(reason: BackendReason): string {
  switch (reason.code) {
    case 'forced':
      return `forced; ${reason.msPerStep.toFixed(0)} ms/step`;
    case 'gpu-adapter':
      return `a GPU adapter is present; ${reason.msPerStep.toFixed(0)} ms/step`;
    case 'fastest':
      return `fastest in a timed trial: ${reason.trials
        .map((trial) => `${trial.backend} ${trial.msPerStep.toFixed(0)} ms/step`)
        .join(
          ', ',
        )}${reason.skipped.length > 0 ? `; skipped ${reason.skipped.map((note) => note.backend).join(', ')}` : ''}`;
    case 'failed-over':
      return `moved here after ${reason.from} failed at step ${reason.step} of the ${reason.phase} (${reason.detail})`;
  }
}

export interface BenchRun {
  backend: BackendChoice;
  architecture: NeuralArchitecture;
  /** 'speed': cancel after the timed steps; 'full': train to the end (early stop or steps). */
  mode: 'speed' | 'full';
  /** Steps not timed (kernel compilation, warm-up), then steps timed, then cancel ('speed'). */
  warmSteps: number;
  timedSteps: number;
  /** 'speed': cancel once this long was timed, even before `timedSteps`. */
  maxTimedSeconds: number;
  /** A cap on the settings' steps (null: the app's default). */
  stepsCap: number | null;
}

export interface BenchOutcome {
  ok: boolean;
  error?: string;
  backend?: string;
  reason?: string;
  batchSize: number;
  samplesPerSecond?: number;
  timedSteps?: number;
  seconds: number;
  stoppedBy?: string;
  stepsRun?: number;
  bestStep?: number;
  retrainSteps?: number | null;
  peakBytes?: number;
  memory?: Record<string, unknown>;
}

let dataset: Dataset | null = null;

function loadCsv(text: string, name: string): { series: number; frequency: string } {
  const table = readDelimitedText(text, name);
  dataset = deriveDataset(table, guessMapping(table)).dataset;
  return { series: dataset.seriesIds.length, frequency: dataset.frequency };
}

function askMemory(): Promise<{ peakBytes: number; memory: Record<string, unknown> }> {
  const channel = new BroadcastChannel(MEMORY_CHANNEL);
  return new Promise((resolve) => {
    channel.onmessage = (event: MessageEvent<{ peakBytes: number; memory: Record<string, unknown> }>) => {
      channel.close();
      resolve(event.data);
    };
    channel.postMessage('ask');
  });
}

const HORIZON: Record<string, number> = { daily: 28, weekly: 8, monthly: 12, quarterly: 4 };

async function run(options: BenchRun): Promise<BenchOutcome> {
  if (dataset === null) throw new Error('loadCsv first');
  const defaults = defaultNeuralSettings(dataset.frequency, options.architecture);
  const settings =
    options.stepsCap === null ? defaults : { ...defaults, steps: Math.min(defaults.steps, options.stepsCap) };
  const worker = new Worker(new URL('./neural-worker.ts', import.meta.url), { type: 'module' });
  const rpc = new RpcClient<TrainMethods>(worker, (detail) => `worker crashed: ${detail}`);
  const started = performance.now();
  const stamps: number[] = [];
  let backend: { backend: string; reason: string } | null = null;
  let cancelled = false;
  const call = rpc.call(
    {
      type: 'train',
      dataset,
      horizon: HORIZON[dataset.frequency] ?? 28,
      split: DEFAULT_SPLIT,
      settings,
      backend: options.backend,
      modelName: `bench ${options.architecture}`,
    },
    {
      onProgress: (progress: TrainProgress) => {
        if (progress.type === 'backend')
          backend = { backend: progress.backend, reason: reasonText(progress.reason) };
        if (progress.type !== 'step' || progress.phase !== 'evaluation' || options.mode !== 'speed') return;
        stamps[progress.step] = performance.now();
        const from = stamps[options.warmSteps];
        const timed = progress.step - options.warmSteps;
        const enough =
          timed >= options.timedSteps ||
          (from !== undefined && timed > 0 && performance.now() - from > options.maxTimedSeconds * 1000);
        if (enough && !cancelled) {
          cancelled = true;
          call.cancel();
        }
      },
    },
  );
  const outcome: BenchOutcome = { ok: true, batchSize: settings.batchSize, seconds: 0 };
  try {
    const result = await call.result;
    Object.assign(outcome, {
      stoppedBy: result.stoppedBy,
      stepsRun: result.stepsRun,
      bestStep: result.bestStep,
      retrainSteps: result.retrainSteps,
    });
  } catch (error) {
    if (!(cancelled && isCancelled(error))) {
      outcome.ok = false;
      outcome.error = error instanceof Error ? error.message : String(error);
    }
  }
  outcome.seconds = (performance.now() - started) / 1000;
  if (backend !== null) Object.assign(outcome, backend);
  const steps = stamps.length - 1;
  const from = stamps[options.warmSteps];
  const to = stamps[steps];
  if (from !== undefined && to !== undefined && steps > options.warmSteps) {
    outcome.timedSteps = steps - options.warmSteps;
    outcome.samplesPerSecond = (outcome.timedSteps * settings.batchSize * 1000) / (to - from);
  }
  if (outcome.ok || backend !== null) Object.assign(outcome, await askMemory());
  rpc.terminate();
  return outcome;
}

Object.assign(window, { neuralBench: { loadCsv, run } });
