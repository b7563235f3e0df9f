// Runs our forecast core on every series of a data set exactly as the forecast worker does (the
// app's model plan for Auto, evaluateSeries with the app's settings and the horizon-holdout split),
// and keeps, per series, what the accuracy table needs: each model's and Auto's test metrics and
// 80% coverage, the MASE scale, and the train/test cut that R must use too. Coverage is the app's:
// after every series, the catalogue calibration the forecast pool does at the end of a run (one
// error sketch per model merged over all series, then every series' bands recomputed from it).

/** Core models that are not (yet) in the app's model list: scored per model, not offered to Auto. */
const EXTRA_MODEL_NAMES = ['etsForecaster', 'thetaForecaster', 'stlForecaster'];

/**
 * @param {any} core
 * @param {number} frequency
 */
export function holdoutRunSettings(core, frequency) {
  const settings = {
    ...core.DEFAULT_SETTINGS,
    split: { kind: 'holdout', validationHorizons: 1 },
    budgetMinutes: Infinity,
  };
  return core.runSettingsOf(settings, frequency, Date.now());
}

/** Models in the core that the app's list lacks (by id). */
export function extraForecasters(core) {
  const inApp = new Set(core.FORECASTERS.map((forecaster) => forecaster.id));
  return EXTRA_MODEL_NAMES.map((name) => core[name]).filter(
    (forecaster) => forecaster && !inApp.has(forecaster.id),
  );
}

/**
 * @typedef {{ test: any, coverage: number, error?: string }} Scored
 * @typedef {{ index: number, trainLength: number, scale: any, models: Map<string, Scored>, auto: Scored | null, choice: string }} CoreSeriesResult
 */

/** @returns {Scored} */
const scored = (evaluated) => ({
  test: evaluated.test,
  coverage: evaluated.testCoverage80,
  ...(evaluated.error !== undefined ? { error: evaluated.error } : {}),
});

/**
 * @param {any} core
 * @param {{ frequency: string, inputs: any[] }} data
 * @param {number} horizon
 * @param {(done: number) => void} onProgress
 * @returns {{ results: CoreSeriesResult[], skipped: string[], extraIds: string[], seconds: number }}
 */
export function runCore(core, data, horizon, onProgress) {
  const settings = holdoutRunSettings(core, data.frequency);
  if (settings.horizon !== horizon)
    throw new Error(`app horizon ${settings.horizon} differs from the benchmark's ${horizon}`);
  const extras = extraForecasters(core);
  const appRun = core.createCollector();
  // Extra models get a collector of their own: the app never runs them, so they must not add records to its run.
  const extraRun = core.createCollector();
  const results = [];
  const skipped = [];
  const started = performance.now();
  data.inputs.forEach((input, index) => {
    const evaluationSettings = core.evaluationSettings(settings, index);
    const plan = core.planModels(input.y, settings, Date.now());
    const evaluation = core.evaluateSeries(input, plan.run, evaluationSettings);
    const { split } = evaluation;
    if (split.testOrigins.length !== 1 || split.testOrigins[0] !== input.y.length - horizon) {
      skipped.push(`series ${index}: ${split.message ?? 'no single last-horizon test window'}`);
      return;
    }
    core.collectSeries(appRun, index, evaluation, settings);
    const models = new Map(evaluation.models.map((model) => [model.id, scored(model)]));
    if (extras.length > 0) {
      const extra = core.evaluateSeries(input, extras, evaluationSettings);
      core.collectSeries(extraRun, index, extra, { ...settings, model: extras[0].id });
      for (const model of extra.models) models.set(model.id, scored(model));
    }
    const auto = evaluation.auto;
    results.push({
      index,
      trainLength: split.validationEnd,
      scale: evaluation.scale,
      models,
      auto: auto === null ? null : scored(auto),
      choice: auto === null ? 'none' : auto.choice.model,
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
 * @param {any[]} collectors
 * @param {any} settings
 */
function applyCatalogueCoverage(core, results, collectors, settings) {
  const merged = {};
  for (const collector of collectors) core.mergeCatalogueSketch(merged, collector.sketch);
  const catalogue = core.calibrateCatalogueSketch(merged, settings.level);
  const byIndex = new Map(results.map((result) => [result.index, result]));
  const slots = core.SCORE_SLOTS.length;
  for (const collector of collectors) {
    const update = core.recalibrate(collector, catalogue, settings.horizon);
    update.indices.forEach((index, r) => {
      const result = byIndex.get(index);
      core.SCORE_SLOTS.forEach((slot, k) => {
        const coverage = update.coverage[r * slots + k];
        if (!Number.isFinite(coverage)) return;
        const source = slot === 'auto' ? result.auto : result.models.get(slot);
        if (source) source.coverage = coverage;
      });
    });
  }
}
