// Runs our forecast core on every series of a data set exactly as the forecast worker does (the
// app's model plan for Auto, evaluateSeries with the app's settings and the horizon-holdout split),
// and keeps, per series, what the accuracy table needs: each model's and Auto's test metrics and
// 80% coverage, the MASE scale, and the train/test cut that R must use too. Coverage is the app's:
// after every series, the catalogue calibration the forecast pool does at the end of a run (one
// error sketch per model merged over all series, then every series' bands recomputed from it).

/**
 * Auto's export model, with the anchor of an anchored combination (core/forecast/auto.ts).
 * @param {{ model: string, reason: { code: string, anchor?: string } }} choice
 */
const choiceLabel = (choice) =>
  choice.reason.code === 'combination' && choice.reason.anchor !== undefined
    ? `${choice.model.slice(0, -1)}+${choice.reason.anchor})`
    : choice.model;

/**
 * The core's own types (type-only: `core` itself is the untyped bundle).
 * @typedef {import('../../src/core/dataset/types').Frequency} Frequency
 * @typedef {import('../../src/core/forecast/types').SeriesInput} SeriesInput
 * @typedef {import('../../src/core/forecast/types').Forecaster} Forecaster
 * @typedef {import('../../src/core/forecast/evaluate-types').SeriesEvaluation} SeriesEvaluation
 * @typedef {import('../../src/core/forecast/evaluate-types').EvaluatedForecast} EvaluatedForecast
 * @typedef {import('../../src/core/metrics/forecast-metrics').ForecastMetrics} ForecastMetrics
 * @typedef {import('../../src/core/metrics/mase-scale').MaseScale} MaseScale
 * @typedef {import('../../src/workers/forecast-protocol').RunSettings} RunSettings
 * @typedef {import('../../src/workers/forecast-protocol').RecalibrationUpdate} RecalibrationUpdate
 * @typedef {import('../../src/workers/forecast-recalibration').RunCalibrationCollector} RunCalibrationCollector
 * @typedef {import('../../src/core/forecast/score-layout').ScoreSlot} ScoreSlot
 */

/** Core models that are not (yet) in the app's model list: scored per model, not offered to Auto. */
const EXTRA_MODEL_NAMES = ['etsForecaster', 'thetaForecaster', 'stlForecaster'];

/**
 * @param {any} core
 * @param {Frequency} frequency
 * @param {number} [validationHorizons] validation = this many horizons before the test horizon
 * @returns {RunSettings}
 */
export function holdoutRunSettings(core, frequency, validationHorizons = 1) {
  const settings = {
    ...core.DEFAULT_SETTINGS,
    split: { kind: 'holdout', validationHorizons },
    budgetMinutes: Infinity,
  };
  return core.runSettingsOf(settings, frequency, Date.now());
}

/**
 * Models in the core that the app's list lacks (by id).
 * @param {any} core
 * @returns {Forecaster[]}
 */
export function extraForecasters(core) {
  const inApp = new Set(core.LOCAL_FORECASTERS.map((/** @type {Forecaster} */ forecaster) => forecaster.id));
  return EXTRA_MODEL_NAMES.map((name) => core[name]).filter(
    (forecaster) => forecaster && !inApp.has(forecaster.id),
  );
}

/**
 * One forecast source's test scores on one series; `test` is absent when there was no test part.
 * @typedef {{ test: ForecastMetrics | undefined, coverage: number, error?: string }} Scored
 */

/**
 * What the accuracy table keeps of one series.
 * @typedef {object} CoreSeriesResult
 * @property {number} index the series' index in the data set
 * @property {number} trainLength periods before the test window (what R is given)
 * @property {MaseScale} scale the MASE scale our models were scored with, for R's forecasts too
 * @property {Map<string, Scored>} models by model id
 * @property {Scored | null} auto null when no model could forecast the series
 * @property {string} choice Auto's export model (`auto(ets)`, `auto(blend)`; `auto(blend+arx)` for the
 *   combination averaged with AR-X), or `none`
 */

/**
 * @param {EvaluatedForecast & { error?: string }} evaluated
 * @returns {Scored}
 */
const scored = (evaluated) => ({
  test: evaluated.test,
  coverage: evaluated.testCoverage80,
  ...(evaluated.error !== undefined ? { error: evaluated.error } : {}),
});

/**
 * @param {any} core
 * @param {{ frequency: Frequency, inputs: SeriesInput[] }} data
 * @param {number} horizon
 * @param {(done: number) => void} onProgress
 * @param {{ precomputed?: Record<string, { origins: Int32Array, values: Float64Array }>[],
 *   validationHorizons?: number }} [options] `precomputed`: per series (same order as `data.inputs`), a
 *   global network's forecasts at the origins of its plan, handed in as the forecast pool hands in a
 *   network trained for the run; `validationHorizons`: the holdout's validation length (default 1)
 * @returns {{ results: CoreSeriesResult[], skipped: string[], extraIds: string[], seconds: number }}
 */
export function runCore(core, data, horizon, onProgress, options = {}) {
  const { precomputed, validationHorizons = 1 } = options;
  // The pooled regression is fitted once on every series, as the forecast pool does at a run's start
  // (it samples at most 1,000 series; these sets have fewer). Each origin uses only rows dated before it.
  const pooled = core.fitPooledOnSeries(data.inputs);
  // A network handed in joins Auto's pool, as when the user adds it: the run's models then include it.
  const network = Object.keys(precomputed?.[0] ?? {})[0];
  const settings = {
    ...holdoutRunSettings(core, data.frequency, validationHorizons),
    ...(pooled ? { pooled } : {}),
    ...(network !== undefined ? { models: core.runModels('auto', network) } : {}),
  };
  if (settings.horizon !== horizon)
    throw new Error(`app horizon ${settings.horizon} differs from the benchmark's ${horizon}`);
  const extras = extraForecasters(core);
  const appRun = core.createCollector();
  // Extra models get a collector of their own: the app never runs them, so they must not add records to its run.
  const extraRun = core.createCollector();
  /** @type {CoreSeriesResult[]} */
  const results = [];
  /** @type {string[]} */
  const skipped = [];
  const started = performance.now();
  data.inputs.forEach((input, index) => {
    const evaluationSettings = core.evaluationSettings(settings, index);
    const plan = core.planModels(input, settings, Date.now(), precomputed?.[index] ?? {});
    /** @type {SeriesEvaluation} */
    const evaluation = core.evaluateSeries(input, plan.run, evaluationSettings);
    const { split } = evaluation;
    if (split.testOrigins.length !== 1 || split.testOrigins[0] !== input.y.length - horizon) {
      skipped.push(
        `series ${index}: ${split.adapted?.changes.join(', ') ?? 'no single last-horizon test window'}`,
      );
      return;
    }
    core.collectSeries(appRun, index, evaluation, settings.model === 'auto');
    const models = new Map(evaluation.models.map((model) => [model.id, scored(model)]));
    if (extras.length > 0) {
      /** @type {SeriesEvaluation} */
      const extra = core.evaluateSeries(input, extras, evaluationSettings);
      core.collectSeries(extraRun, index, extra, false);
      for (const model of extra.models) models.set(model.id, scored(model));
    }
    const auto = evaluation.auto;
    results.push({
      index,
      trainLength: split.validationEnd,
      scale: evaluation.scale,
      models,
      auto: auto === null ? null : scored(auto),
      choice: auto === null ? 'none' : choiceLabel(auto.choice),
    });
    onProgress(index + 1);
  });
  const seconds = (performance.now() - started) / 1000;
  applyCatalogueCoverage(core, results, [appRun, extraRun], settings);
  return { results, skipped, extraIds: extras.map((forecaster) => forecaster.id), seconds };
}

/**
 * Replaces each per-series coverage by the one under the catalogue calibration, as the forecast pool
 * does at the end of a run (a source without a pooled calibration keeps its own, as in the app).
 * @param {any} core
 * @param {CoreSeriesResult[]} results
 * @param {RunCalibrationCollector[]} collectors
 * @param {RunSettings} settings
 */
function applyCatalogueCoverage(core, results, collectors, settings) {
  const merged = core.createCatalogueErrors();
  for (const collector of collectors) core.mergeCatalogueErrors(merged, collector.errors);
  const calibration = core.calibrateRun(merged, settings.horizon);
  const byIndex = new Map(results.map((result) => [result.index, result]));
  const levels = core.BAND_LEVELS.length;
  const layout = core.runScoreLayout(settings);
  const width = layout.slots.length * levels;
  const at80 = core.BAND_LEVELS.indexOf(0.8);
  for (const collector of collectors) {
    /** @type {RecalibrationUpdate} */
    const update = core.recalibrate(collector, calibration, layout);
    update.indices.forEach((index, r) => {
      // The collectors only hold series that runCore kept, so each index has a result.
      const result = /** @type {CoreSeriesResult} */ (byIndex.get(index));
      layout.slots.forEach((/** @type {ScoreSlot} */ slot, /** @type {number} */ k) => {
        const coverage = /** @type {number} */ (update.coverage[r * width + k * levels + at80]);
        if (!Number.isFinite(coverage)) return;
        const source = slot === 'auto' ? result.auto : result.models.get(slot);
        if (source) source.coverage = coverage;
      });
    });
  }
}
