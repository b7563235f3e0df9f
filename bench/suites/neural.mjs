// Neural training suite (issue 10, Benchmarks): in headless Chromium, through the app's own training
// worker, training samples/s of every architecture on each tfjs backend that starts here, the time
// to early stop of the global LSTM and CNN on the M5 subset, and peak tensor memory; then, in Node,
// the accuracy of each network against the classical models and R's forecast::nnetar.
// The `page` part runs a default LSTM and CNN through the built app itself (bench/lib/neural-page-check.mjs).
// SHELFCAST_NEURAL_PARTS=speed,early-stop,accuracy,page picks parts (default: all but page). Each browser
// part's raw results are saved in bench/.out/neural-results/; SHELFCAST_NEURAL_REUSE=speed,early-stop,page
// reports the saved ones (with their own date and load) instead of measuring again, for a run split in
// two (for page: each saved run of SHELFCAST_NEURAL_PAGE_RUNS; the others are measured).
// SHELFCAST_NEURAL_CACHED_ONLY=1 reports only the networks whose accuracy runs are already cached.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { ACCURACY_DATASETS } from '../lib/forecast-datasets.mjs';
import { ensureRscript } from '../lib/forecast-r.mjs';
import { ensureAppBuild } from '../lib/app-build.mjs';
import { openNeuralBench } from '../lib/neural-browser.mjs';
import { measurePageRun, weeklyInput, WEEKLY_SHAPE } from '../lib/neural-page-check.mjs';
import { neuralAccuracy } from '../lib/neural-accuracy.mjs';
import { bundleNeuralCore } from '../lib/neural-core-bundle.mjs';
import { startAppPreview } from '../lib/servers.mjs';
import {
  accuracySection,
  earlyStopSection,
  methodNotes,
  pageSection,
  speedSection,
} from '../lib/neural-report.mjs';

export const title = 'Neural training: speed per backend, early stopping, accuracy';
export const needsAppBuild = false;

/** The bench page's port; SHELFCAST_NEURAL_PORT moves it (e.g. to run two parts side by side). */
const PAGE_PORT = Number(process.env.SHELFCAST_NEURAL_PORT ?? 4187);
/** @type {import('../../src/workers/train-protocol').BackendName[]} */
const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'];
/** @type {import('../../src/core/neural/settings').NeuralArchitecture[]} */
const ARCHITECTURES = ['rnn', 'lstm', 'gru', 'tcn', 'mlp'];
const WARM_STEPS = 2;
const TIMED_STEPS = Number(process.env.SHELFCAST_NEURAL_TIMED_STEPS ?? 20);
const MAX_TIMED_SECONDS = 30;
/** Caps for this 2-core machine; unset SHELFCAST_NEURAL_EARLY_STOP_STEPS = the app's default (2,000). */
const EARLY_STOP_STEPS = process.env.SHELFCAST_NEURAL_EARLY_STOP_STEPS
  ? Number(process.env.SHELFCAST_NEURAL_EARLY_STOP_STEPS)
  : null;
const ACCURACY_SERIES = Number(process.env.SHELFCAST_NEURAL_SERIES ?? 10);
const ACCURACY_STEPS = process.env.SHELFCAST_NEURAL_ACCURACY_STEPS
  ? Number(process.env.SHELFCAST_NEURAL_ACCURACY_STEPS)
  : 200;
/** The networks of the accuracy part (default: all five). */
const ACCURACY_ARCHITECTURES = /** @type {typeof ARCHITECTURES} */ (
  process.env.SHELFCAST_NEURAL_ACCURACY_ARCHS?.split(',') ?? ARCHITECTURES
);
/** The built app's port for the page part (reserved for it: 4189). */
const APP_PORT = Number(process.env.SHELFCAST_NEURAL_APP_PORT ?? 4189);
/** The page part's runs, `<input>-<network>` (default: all four). */
const PAGE_RUNS = (
  process.env.SHELFCAST_NEURAL_PAGE_RUNS ?? 'sample-lstm,sample-cnn,weekly100-lstm,weekly100-cnn'
).split(',');
/** Issue 10's limits: the bundled sample within 60 s, about 100 weekly series within 20 minutes. */
const PAGE_TARGET_SECONDS = { sample: 60, weekly100: 1200 };
/** A run still going this long after the click is stopped and reported as not finished. */
const PAGE_TIMEOUT_MINUTES = {
  sample: 10,
  weekly100: Number(process.env.SHELFCAST_NEURAL_PAGE_TIMEOUT_MIN ?? 25),
};
/** The settings that change what is measured, for the section's header. */
const ENV_NAMES = [
  'SHELFCAST_DATA',
  'SHELFCAST_NEURAL_PARTS',
  'SHELFCAST_NEURAL_PORT',
  'SHELFCAST_NEURAL_REUSE',
  'SHELFCAST_NEURAL_TIMED_STEPS',
  'SHELFCAST_NEURAL_EARLY_STOP_STEPS',
  'SHELFCAST_NEURAL_SERIES',
  'SHELFCAST_NEURAL_ACCURACY_STEPS',
  'SHELFCAST_NEURAL_ACCURACY_ARCHS',
  'SHELFCAST_NEURAL_CACHED_ONLY',
  'SHELFCAST_NEURAL_APP_PORT',
  'SHELFCAST_NEURAL_PAGE_RUNS',
  'SHELFCAST_NEURAL_PAGE_TIMEOUT_MIN',
];

/** @param {string} repoRoot */
const dataDirOf = (repoRoot) => process.env.SHELFCAST_DATA ?? join(repoRoot, '..', 'shared', 'data');
/** The environment settings this run used, as a command prefix. */
const settingsOf = () =>
  ENV_NAMES.filter((name) => process.env[name] !== undefined)
    .map((name) => `${name}=${process.env[name]} `)
    .join('');
const load = () => loadavg()[0]?.toFixed(1) ?? '?';

/**
 * Measures a part, or reads its saved results when SHELFCAST_NEURAL_REUSE names it (or `reuseAs`, the
 * part family it belongs to); saves what it measured.
 * @template T
 * @param {string} outDir @param {string} part @param {(m: string) => void} log
 * @param {() => Promise<T>} measure
 * @param {string} [reuseAs]
 * @returns {Promise<T & { measuredAt: string }>}
 */
async function savedPart(outDir, part, log, measure, reuseAs = part) {
  const dir = join(outDir, 'neural-results');
  const file = join(dir, `${part}.json`);
  const reuse = (process.env.SHELFCAST_NEURAL_REUSE ?? '').split(',').includes(reuseAs);
  if (reuse && existsSync(file)) {
    log(`${part}: reusing ${file}`);
    return JSON.parse(readFileSync(file, 'utf8'));
  }
  const measuredAt = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const value = { ...(await measure()), measuredAt };
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(value));
  return value;
}

/**
 * @param {Awaited<ReturnType<typeof openNeuralBench>>} bench @param {(m: string) => void} log
 * @returns {Promise<{ rows: { backend: string, architecture: string, outcome: any }[], auto: any }>}
 */
async function measureSpeed(bench, log) {
  const rows = [];
  for (const backend of BACKENDS) {
    for (const architecture of ARCHITECTURES) {
      const outcome = await bench.run({
        backend,
        architecture,
        mode: 'speed',
        warmSteps: WARM_STEPS,
        timedSteps: TIMED_STEPS,
        maxTimedSeconds: MAX_TIMED_SECONDS,
        stepsCap: null,
      });
      rows.push({ backend, architecture, outcome });
      log(
        `${backend} ${architecture}: ${outcome.ok ? `${outcome.samplesPerSecond?.toFixed(0)} samples/s, peak ${((outcome.peakBytes ?? 0) / 2 ** 20).toFixed(1)} MiB` : outcome.error} (load ${load()})`,
      );
      // A backend that cannot start here cannot start for the next architecture either.
      if (!outcome.ok && /cannot run here/.test(outcome.error ?? '')) break;
    }
  }
  // What the app itself picks (backend 'auto': a short timed trial of each backend).
  const auto = await bench.run({
    backend: 'auto',
    architecture: 'lstm',
    mode: 'speed',
    warmSteps: 0,
    timedSteps: 1,
    maxTimedSeconds: 1,
    stepsCap: null,
  });
  log(`auto: ${auto.backend} (${auto.reason})`);
  return { rows, auto };
}

/**
 * The global LSTM and CNN with the app's defaults on the backend each trained fastest on.
 * @param {Awaited<ReturnType<typeof openNeuralBench>>} bench @param {{ rows: any[] }} speed
 * @param {(m: string) => void} log
 */
async function measureEarlyStop(bench, speed, log) {
  const results = [];
  for (const architecture of /** @type {const} */ (['lstm', 'tcn'])) {
    const fastest = speed.rows
      .filter((row) => row.architecture === architecture && row.outcome.ok)
      .sort((a, b) => (b.outcome.samplesPerSecond ?? 0) - (a.outcome.samplesPerSecond ?? 0))[0];
    const backend = fastest?.backend ?? 'auto';
    const outcome = await bench.run({
      backend,
      architecture,
      mode: 'full',
      warmSteps: 0,
      timedSteps: 0,
      maxTimedSeconds: 0,
      stepsCap: EARLY_STOP_STEPS,
    });
    results.push({ architecture, backend, outcome, load: load() });
    log(
      `early stop ${architecture} on ${backend}: ${outcome.seconds.toFixed(0)} s, ${outcome.stoppedBy} (load ${load()})`,
    );
  }
  return results;
}

/**
 * The page part: each run of PAGE_RUNS through the built app (served by `vite preview` only when
 * some run is measured rather than reused).
 * @param {string} repoRoot @param {string} outDir @param {(m: string) => void} log
 */
async function measurePage(repoRoot, outDir, log) {
  /** @type {{ stop: () => void, url: string } | null} */
  let server = null;
  const runs = [];
  try {
    for (const name of PAGE_RUNS) {
      const [input, architecture] = /** @type {['sample' | 'weekly100', 'lstm' | 'cnn']} */ (name.split('-'));
      if (!(input in PAGE_TARGET_SECONDS) || (architecture !== 'lstm' && architecture !== 'cnn'))
        throw new Error(`SHELFCAST_NEURAL_PAGE_RUNS: unknown run ${name}`);
      const run = await savedPart(
        outDir,
        `page-${name}`,
        log,
        async () => {
          if (server === null) {
            ensureAppBuild(repoRoot, log);
            server = await startAppPreview(repoRoot, APP_PORT);
          }
          const source =
            input === 'sample'
              ? { kind: /** @type {const} */ ('sample') }
              : {
                  kind: /** @type {const} */ ('file'),
                  ...(await weeklyInput(outDir, log)),
                };
          log(`page: ${name} (load ${load()})`);
          return measurePageRun(server.url, source, architecture, PAGE_TIMEOUT_MINUTES[input] * 60_000);
        },
        'page',
      );
      log(
        `page ${name}: ${run.state} in ${run.seconds.toFixed(1)} s on ${run.backend?.backend ?? '?'}, longest task ${run.longTasks.longestMs.toFixed(0)} ms (load ${load()})`,
      );
      runs.push({ ...run, targetSeconds: PAGE_TARGET_SECONDS[input] });
    }
  } finally {
    /** @type {{ stop: () => void } | null} */ (server)?.stop();
  }
  return runs;
}

/** @param {{ repoRoot: string, outDir: string, log: (m: string) => void, machine: string, command: string, date: string }} context */
export async function run(context) {
  const { repoRoot, outDir, log } = context;
  const parts = (process.env.SHELFCAST_NEURAL_PARTS ?? 'speed,early-stop,accuracy').split(',');
  const dataDir = dataDirOf(repoRoot);
  const hasData = existsSync(join(dataDir, 'm5_subset_daily.csv'));
  const sections = [
    `## ${title}`,
    '',
    `Run ${context.date} on ${context.machine}. Command: \`${settingsOf()}${context.command}\`. Parts: ${parts.join(', ')}.`,
    '',
    '**No GPU machine this session**: the device tool says none is lent to this task, so every number below is from the 2-core CPU machine (WebGPU and WebGL through SwiftShader, a software rasteriser: correctness, not speed). `bench/gpu/` holds the kit for a GPU machine.',
    '',
  ];
  if (!hasData)
    sections.push(
      `**\`${dataDir}\` is missing** (set SHELFCAST_DATA): speed is measured on the bundled synthetic sample; the early-stopping and accuracy parts are skipped.`,
      '',
    );

  if (parts.includes('speed') || parts.includes('early-stop')) {
    const csv = hasData
      ? join(dataDir, 'm5_subset_daily.csv')
      : join(repoRoot, 'public', 'samples', 'retail-synthetic-daily.csv');
    /** @type {Awaited<ReturnType<typeof openNeuralBench>> | null} */
    let bench = null;
    const openBench = async () => (bench ??= await openNeuralBench(repoRoot, PAGE_PORT, csv, log));
    try {
      const speedFile = join(outDir, 'neural-results', 'speed.json');
      // Without the speed part, early stopping uses the speed saved earlier, or the app's own choice.
      const speed = parts.includes('speed')
        ? await savedPart(outDir, 'speed', log, async () => {
            const page = await openBench();
            const startLoad = load();
            const measured = await measureSpeed(page, log);
            const { series } = page.loaded;
            return { ...measured, csv, series, gpuAdapter: page.gpuAdapter, startLoad, endLoad: load() };
          })
        : existsSync(speedFile)
          ? JSON.parse(readFileSync(speedFile, 'utf8'))
          : { rows: [] };
      if (parts.includes('speed')) sections.push(speedSection(speed, speed), '');
      if (parts.includes('early-stop') && hasData) {
        const early = await savedPart(outDir, 'early-stop', log, async () => ({
          runs: await measureEarlyStop(await openBench(), speed, log),
          stepsCap: EARLY_STOP_STEPS,
        }));
        sections.push(earlyStopSection(early.runs, early.stepsCap, early.measuredAt), '');
      }
    } finally {
      await /** @type {{ close: () => Promise<void> } | null} */ (bench)?.close();
    }
  }

  if (parts.includes('accuracy') && hasData) {
    const r = ensureRscript(log);
    await tf.setBackend('cpu');
    const core = await import(await bundleNeuralCore(repoRoot, outDir));
    const results = [];
    const startLoad = load();
    for (const spec of ACCURACY_DATASETS) {
      if (!existsSync(join(dataDir, `${spec.name}.csv`))) continue;
      const result = await neuralAccuracy(core, spec, {
        repoRoot,
        outDir,
        dataDir,
        seriesCap: ACCURACY_SERIES,
        stepsCap: ACCURACY_STEPS,
        architectures: ACCURACY_ARCHITECTURES,
        cachedOnly: process.env.SHELFCAST_NEURAL_CACHED_ONLY === '1',
        log,
      });
      results.push({ spec, result });
    }
    sections.push(
      accuracySection(results, {
        r: r.version,
        seriesCap: ACCURACY_SERIES,
        stepsCap: ACCURACY_STEPS,
        startLoad,
        endLoad: load(),
      }),
      '',
    );
  }
  if (parts.includes('page'))
    sections.push(
      pageSection(await measurePage(repoRoot, outDir, log), { port: APP_PORT, weekly: WEEKLY_SHAPE }),
      '',
    );
  sections.push(
    methodNotes({ timedSteps: TIMED_STEPS, warmSteps: WARM_STEPS, maxTimedSeconds: MAX_TIMED_SECONDS }),
  );
  return sections.join('\n');
}
