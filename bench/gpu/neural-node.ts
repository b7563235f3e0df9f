/**
 * Neural training speed on one tfjs backend in Node, for machines where the browser bench cannot
 * run (the GPU machine has no browser). WebGPU comes from Dawn's Node bindings (the `webgpu` npm
 * package: the same Dawn that Chromium uses), so the kernels timed are tfjs-backend-webgpu's own.
 * Built into one file by `bench/gpu/build.sh`; run as `node neural-node.mjs <backend> [m5.json]`.
 *
 * Measures, per architecture with the app's default settings and at a larger batch: training
 * samples/s from the difference of two runs (S₂ − S₁ steps), so model creation and shader
 * compilation are not counted; the peak tensor memory (tf.memory().numBytes); and, when an M5
 * slice is given, the time to early stop of the global LSTM and CNN on it.
 */
import * as tf from '@tensorflow/tfjs';
import { DEFAULT_SPLIT } from '../../src/core/forecast/split';
import type { SeriesInput } from '../../src/core/forecast/types';
import {
  buildWindowSet,
  createNeuralModel,
  defaultNeuralSettings,
  disposeNeuralModel,
  trainGlobalModel,
  trainNeuralModel,
  type NeuralArchitecture,
  type NeuralSettings,
} from '../../src/core/neural';
import { syntheticDailySeries } from '../../src/core/neural/test-support/synthetic-series';

const ARCHITECTURES: NeuralArchitecture[] = ['mlp', 'rnn', 'lstm', 'gru', 'tcn'];
const BATCHES = [64, 1024];
const SHORT = 5;
const LONG = 45;
const HORIZON = 28;

const noYield = () => Promise.resolve();

async function timedRun(series: SeriesInput[], settings: NeuralSettings): Promise<number> {
  const parts = series.map((s) => ({ trainEnd: s.y.length, validationEnd: s.y.length }));
  const model = createNeuralModel(series, parts, HORIZON, settings);
  const windows = buildWindowSet(series, parts, model.layout);
  const started = performance.now();
  await trainNeuralModel(model, windows, { yieldControl: noYield });
  const seconds = (performance.now() - started) / 1000;
  disposeNeuralModel(model);
  return seconds;
}

/** Peak bytes of live tensors during a short training run (tf.profile records every kernel). */
async function peakTensorBytes(series: SeriesInput[], settings: NeuralSettings): Promise<number> {
  const profile = await tf.profile(() => timedRun(series, { ...settings, steps: SHORT }));
  return profile.peakBytes;
}

async function samplesPerSecond(backend: string): Promise<string[]> {
  const series = syntheticDailySeries({
    count: 200,
    length: 400,
    horizon: HORIZON,
    seed: 7,
    withPromo: true,
  });
  const rows: string[] = [];
  for (const architecture of ARCHITECTURES) {
    for (const batchSize of BATCHES) {
      const base = { ...defaultNeuralSettings('daily', architecture), batchSize };
      await timedRun(series, { ...base, steps: SHORT }); // warm-up: shader and kernel compilation
      const short = await timedRun(series, { ...base, steps: SHORT });
      const long = await timedRun(series, { ...base, steps: LONG });
      const perStep = Math.max(1e-9, long - short) / (LONG - SHORT);
      const peak = await peakTensorBytes(series, base);
      rows.push(
        `| ${backend} | ${architecture} | ${batchSize} | ${Math.round(batchSize / perStep).toLocaleString('en-US')} | ` +
          `${(perStep * 1000).toFixed(1)} | ${(peak / 2 ** 20).toFixed(1)} |`,
      );
      console.log(rows[rows.length - 1]);
    }
  }
  return rows;
}

interface M5Slice {
  series: { y: number[]; dates: number[]; price: number[]; snap: number[] }[];
}

async function timeToEarlyStop(backend: string, slicePath: string): Promise<string[]> {
  const { readFileSync } = await import('node:fs');
  const slice = JSON.parse(readFileSync(slicePath, 'utf8')) as M5Slice;
  const series: SeriesInput[] = slice.series.map((s) => ({
    y: Float64Array.from(s.y.slice(0, s.y.length - HORIZON)),
    frequency: 'daily',
    dates: Int32Array.from(s.dates),
    covariates: [
      { name: 'price', kind: 'numeric', values: Float64Array.from(s.price) },
      { name: 'snap', kind: 'numeric', values: Float64Array.from(s.snap) },
    ],
  }));
  const rows: string[] = [];
  for (const architecture of ['lstm', 'tcn'] as NeuralArchitecture[]) {
    const started = performance.now();
    const outcome = await trainGlobalModel(
      {
        series,
        horizon: HORIZON,
        split: DEFAULT_SPLIT,
        settings: defaultNeuralSettings('daily', architecture),
      },
      { yieldControl: noYield },
    );
    const seconds = (performance.now() - started) / 1000;
    if (outcome.model) disposeNeuralModel(outcome.model);
    rows.push(
      `| ${backend} | ${architecture} | ${series.length} | ${outcome.evaluation.stepsRun} | ${outcome.evaluation.stoppedBy} | ` +
        `${outcome.evaluation.bestStep} | ${seconds.toFixed(1)} |`,
    );
    console.log(rows[rows.length - 1]);
  }
  return rows;
}

async function main(): Promise<void> {
  const [backend = 'cpu', slicePath, only] = process.argv.slice(2);
  if (only) ARCHITECTURES.splice(0, ARCHITECTURES.length, ...(only.split(',') as NeuralArchitecture[]));
  if (backend === 'webgpu') {
    const { installWebGpu } = await import('./webgpu-globals');
    await installWebGpu();
    await import('@tensorflow/tfjs-backend-webgpu');
  }
  if (backend === 'wasm') await import('@tensorflow/tfjs-backend-wasm');
  if (!(await tf.setBackend(backend))) throw new Error(`backend ${backend} did not start`);
  await tf.ready();
  console.log(`backend ${tf.getBackend()}`);
  console.log('| backend | architecture | batch | samples/s | ms/step | peak tensor MiB |');
  await samplesPerSecond(backend);
  if (slicePath) {
    console.log(
      '| backend | architecture | series | steps | stopped by | best step | seconds (train, origin forecasts, importance, retrain on all history) |',
    );
    await timeToEarlyStop(backend, slicePath);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
