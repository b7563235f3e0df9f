// Runs our forecast core on every series of a data set exactly as the forecast worker does (the
// app's model plan for Auto, evaluateSeries with the app's settings and the horizon-holdout split),
// and keeps, per series, what the accuracy table needs: each model's and Auto's test metrics and
// 80% coverage, the MASE scale, and the train/test cut that R must use too.

/** Core models that are not (yet) in the app's model list: scored per model, not offered to Auto. */
const EXTRA_MODEL_NAMES = ['etsForecaster', 'thetaForecaster', 'stlForecaster'];

/**
 * @param {any} core
 * @param {number} frequency
 */
export function holdoutRunSettings(core, frequency) {
  const settings = { ...core.DEFAULT_SETTINGS, split: { kind: 'holdout', validationHorizons: 1 }, budgetMinutes: Infinity };
  return core.runSettingsOf(settings, frequency, Date.now());
}

/** Models in the core that the app's list lacks (by id). */
export function extraForecasters(core) {
  const inApp = new Set(core.FORECASTERS.map((forecaster) => forecaster.id));
  return EXTRA_MODEL_NAMES.map((name) => core[name]).filter((forecaster) => forecaster && !inApp.has(forecaster.id));
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
  if (settings.horizon !== horizon) throw new Error(`app horizon ${settings.horizon} differs from the benchmark's ${horizon}`);
  const extras = extraForecasters(core);
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
    const models = new Map(evaluation.models.map((model) => [model.id, scored(model)]));
    if (extras.length > 0) {
      for (const model of core.evaluateSeries(input, extras, evaluationSettings).models) models.set(model.id, scored(model));
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
  return { results, skipped, extraIds: extras.map((forecaster) => forecaster.id), seconds: (performance.now() - started) / 1000 };
}
