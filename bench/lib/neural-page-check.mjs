// The neural suite's `page` part (issue 10, Benchmarks): a default LSTM or CNN run through the
// built app itself, as a user starts it — load data, pick the network, press Train — timed from the
// click to `training-progress` saying done, with the worker's phases (backend trial, training with
// early stopping, origin forecasts and importance, retraining on all history, saving) read from its
// progress messages, and the page's main-thread long tasks.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { openBrowserPage } from './browser-session.mjs';
import { catalogueRowCount, writeWeeklyCatalogue } from './forecast-scale-catalogue.mjs';
import { loadInput, openForecastStep, waitForRunEnd } from './forecast-run-steps.mjs';

/**
 * The weekly input: the first 100 series (store 1, items 1–100) of the forecast-scale suite's
 * seeded catalogue, two years of weeks. The generator draws series in order, so this is exactly the
 * head of the 30,000-series file, and it needs no downloaded data.
 * @type {import('./forecast-scale-catalogue.mjs').CatalogueShape}
 */
export const WEEKLY_SHAPE = { seed: 12345, stores: 1, items: 100, weeks: 104 };
/** After `done`, the page still draws the results: long tasks are watched this long. */
const SETTLE_MS = 3000;
/** The settings read back from the form, for the record (the defaults the run used). */
const SETTING_FIELDS = ['lookback', 'units', 'layers', 'batchSize', 'steps', 'evaluateEvery', 'patience'];

/** @typedef {'sample' | 'weekly100'} PageInput */
/** The app's model ids of the two networks (`cnn` is the temporal convolution, core's `tcn`). @typedef {'lstm' | 'cnn'} PageArchitecture */

/**
 * Runs in the page before its own scripts: every message from the training worker (its URL names
 * `train`) is stamped with the page clock, keeping only the facts the phases need.
 */
function installTrainWorkerProbe() {
  /** @type {{ at: number, kind: string, type?: string, phase?: string, step?: number, totalSteps?: number, validationLoss?: number, result?: unknown }[]} */
  const messages = [];
  Object.defineProperty(window, '__trainMessages', { value: messages });
  const Original = window.Worker;
  window.Worker = class extends Original {
    /** @param {string | URL} url @param {WorkerOptions} [options] */
    constructor(url, options) {
      super(url, options);
      if (!String(url).includes('train')) return;
      messages.push({ at: performance.now(), kind: 'created' });
      this.addEventListener('message', (event) => {
        const data = event.data ?? {};
        const at = performance.now();
        if (data.kind === 'progress') {
          const v = data.value ?? {};
          messages.push({
            at,
            kind: 'progress',
            type: v.type,
            phase: v.phase,
            step: v.step,
            totalSteps: v.totalSteps,
            validationLoss: v.validationLoss,
            ...(v.type === 'backend' ? { result: { backend: v.backend, reason: v.reason } } : {}),
          });
        } else if (data.kind === 'result' && data.value && 'stoppedBy' in data.value) {
          const v = data.value;
          const facts = {
            backend: v.backend,
            stoppedBy: v.stoppedBy,
            stepsRun: v.stepsRun,
            bestStep: v.bestStep,
            bestValidationLoss: v.bestValidationLoss,
            retrainSteps: v.retrainSteps,
            futureFrom: v.futureFrom,
            saved: v.saved !== null,
            saveError: v.saveError,
          };
          messages.push({ at, kind: 'result', result: facts });
        } else messages.push({ at, kind: String(data.kind) });
      });
    }
  };
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : (sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN);
}

/**
 * The phases of one run on the page clock, in seconds from the click, from the worker's messages.
 * @param {{ at: number, kind: string, type?: string, phase?: string, step?: number, totalSteps?: number, validationLoss?: number }[]} messages
 * @param {number} clickedAt @param {number} endedAt
 */
export function phasesOf(messages, clickedAt, endedAt) {
  const s = (/** @type {number | undefined} */ at) => (at === undefined ? null : (at - clickedAt) / 1000);
  const steps = (/** @type {string} */ phase) =>
    messages.filter((m) => m.kind === 'progress' && m.type === 'step' && m.phase === phase);
  const evaluation = steps('evaluation');
  const retraining = steps('retraining');
  const at = {
    workerCreated: s(messages.find((m) => m.kind === 'created')?.at),
    backendChosen: s(messages.find((m) => m.type === 'backend')?.at),
    firstEvaluationStep: s(evaluation[0]?.at),
    lastEvaluationStep: s(evaluation.at(-1)?.at),
    firstRetrainingStep: s(retraining[0]?.at),
    lastRetrainingStep: s(retraining.at(-1)?.at),
    result: s(messages.find((m) => m.kind === 'result')?.at),
    done: s(endedAt),
  };
  /** Seconds between two marks, null when either is missing. @param {number | null} from @param {number | null} to */
  const span = (from, to) => (from === null || to === null ? null : to - from);
  // A step's interval ends at its progress message; at a validation check it includes the check.
  const intervals = (/** @type {typeof messages} */ list) =>
    list
      .slice(1)
      .map((m, i) => ({ ms: m.at - (list[i]?.at ?? m.at), check: m.validationLoss !== undefined }));
  const evaluationIntervals = intervals(evaluation);
  const plain = evaluationIntervals.filter((i) => !i.check).map((i) => i.ms);
  const medianStepMs = median([...plain, ...intervals(retraining).map((i) => i.ms)]);
  const checkSeconds =
    evaluationIntervals.filter((i) => i.check).reduce((sum, i) => sum + Math.max(0, i.ms - medianStepMs), 0) /
    1000;
  return {
    at,
    medianEvaluationStepMs: median(plain),
    medianRetrainingStepMs: median(intervals(retraining).map((i) => i.ms)),
    // The validation checks' own time: each check step's interval beyond a median step.
    checkSeconds,
    evaluationSteps: evaluation.length,
    validationChecks: evaluation.filter((m) => m.validationLoss !== undefined).length,
    retrainingSteps: retraining.length,
    seconds: {
      // Worker start, tfjs import, the dataset's transfer and cut, and the timed trial per backend.
      trial: span(0, at.backendChosen),
      // First evaluation step's compile is in here (as it is for the user).
      evaluation: span(at.backendChosen, at.lastEvaluationStep),
      // Forecasts at every plan origin and permutation importance (and the retraining's setup).
      originsAndImportance: span(at.lastEvaluationStep, at.firstRetrainingStep),
      retraining: span(at.firstRetrainingStep, at.lastRetrainingStep),
      // The retrained network's future forecast and saving to IndexedDB.
      futureAndSave: span(at.lastRetrainingStep ?? at.lastEvaluationStep, at.result),
      // The forecast pool scores every series and the page draws the results.
      scoring: span(at.result, at.done),
    },
  };
}

/**
 * Writes the weekly CSV once into `outDir`; returns its path and row count.
 * @param {string} outDir @param {(m: string) => void} log
 */
export async function weeklyInput(outDir, log) {
  const { seed, stores, items, weeks } = WEEKLY_SHAPE;
  const path = join(outDir, `neural-page-seed${seed}-${stores}x${items}x${weeks}w.csv`);
  if (!existsSync(path)) {
    log(`generating ${path}`);
    await writeWeeklyCatalogue(path, WEEKLY_SHAPE);
  }
  return { path, rows: catalogueRowCount(WEEKLY_SHAPE) };
}

/**
 * One default network run through the app in a fresh headless Chromium.
 * @param {string} url the app's URL
 * @param {{ kind: 'sample' } | { kind: 'file', path: string, rows: number }} input
 * @param {PageArchitecture} architecture
 * @param {number} timeoutMs
 */
export async function measurePageRun(url, input, architecture, timeoutMs) {
  const startLoad = loadavg()[0] ?? NaN;
  const { browser, page } = await openBrowserPage();
  await page.addInitScript(installTrainWorkerProbe);
  try {
    await page.goto(url);
    const series = await loadInput(page, input, 300_000);
    await openForecastStep(page);
    await page.getByTestId('model-select').selectOption(architecture);
    /** @type {Record<string, string>} */
    const settings = {};
    for (const field of SETTING_FIELDS) {
      const box = page.getByTestId(`neural-${field}`);
      if ((await box.count()) > 0) settings[field] = await box.inputValue();
    }
    settings.horizon = await page.getByTestId('horizon').inputValue();
    settings.backend = await page.getByTestId('neural-backend').inputValue();
    const clickedAt = await page.evaluate(() => performance.now());
    await page.getByTestId('train').click();
    /** @type {{ state: string, at: number }} */
    let ended;
    try {
      ended = await waitForRunEnd(page, 250, timeoutMs);
    } catch {
      ended = { state: 'timeout', at: await page.evaluate(() => performance.now()) };
    }
    if (ended.state !== 'timeout') await page.waitForTimeout(SETTLE_MS);
    const messages = await page.evaluate(() => /** @type {any} */ (window).__trainMessages);
    /** @type {{ start: number, duration: number }[]} */
    const observed = await page.evaluate(() => /** @type {any} */ (window).__benchProbes.longTasks);
    const tasks = observed.filter((task) => task.start + task.duration >= clickedAt);
    const longest = tasks.reduce(
      (a, b) => (b.duration > (a?.duration ?? 0) ? b : a),
      /** @type {any} */ (null),
    );
    const phases = phasesOf(messages, clickedAt, ended.at);
    const result = messages.find((/** @type {{ kind: string }} */ m) => m.kind === 'result')?.result ?? null;
    const progress = ((await page.getByTestId('training-progress').textContent()) ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    return {
      architecture,
      input: input.kind === 'sample' ? 'sample' : 'weekly100',
      series,
      settings,
      state: ended.state,
      seconds: (ended.at - clickedAt) / 1000,
      timeoutSeconds: timeoutMs / 1000,
      backend:
        phases.at.backendChosen === null
          ? null
          : (messages.find((/** @type {{ type?: string }} */ m) => m.type === 'backend')?.result ?? null),
      result,
      phases,
      longTasks: {
        count: tasks.length,
        over100: tasks.filter((task) => task.duration > 100).length,
        longestMs: longest?.duration ?? 0,
        longestAtSeconds: longest ? (longest.start - clickedAt) / 1000 : null,
        // Each one as [seconds from the click, ms], to see which phase they fall in.
        all: tasks.map((task) => [Math.round(task.start - clickedAt) / 1000, Math.round(task.duration)]),
      },
      // Every step's progress message, seconds from the click, for a closer look later.
      stepTimes: Object.fromEntries(
        ['evaluation', 'retraining'].map((phase) => [
          phase,
          messages
            .filter(
              (/** @type {{ type?: string, phase?: string }} */ m) => m.type === 'step' && m.phase === phase,
            )
            .map((/** @type {{ at: number }} */ m) => Math.round(m.at - clickedAt) / 1000),
        ]),
      ),
      // The validation loss at each check, [step, loss]: what stopping sooner would have kept.
      validationCurve: messages
        .filter(
          (/** @type {{ phase?: string, validationLoss?: number }} */ m) =>
            m.phase === 'evaluation' && m.validationLoss !== undefined,
        )
        .map((/** @type {{ step: number, validationLoss: number }} */ m) => [m.step, m.validationLoss]),
      progressText: progress.slice(0, 600),
      startLoad,
      endLoad: loadavg()[0] ?? NaN,
    };
  } finally {
    await browser.close();
  }
}
