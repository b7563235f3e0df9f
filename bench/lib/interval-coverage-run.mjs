// One pseudo-out-of-sample pass of bench/interval-coverage.mjs: every series of a data set loses
// its last `k` horizons, and the engine runs on what is left exactly as the accuracy suite runs it
// (bench/lib/forecast-core-run.mjs: the app's model plan, the horizon holdout, evaluateSeries), so
// the dropped horizon just after the cut plays the test window. Nothing of the real test part (the
// last horizon) is seen for k ≥ 1. What is kept per series is what the run calibration needs again
// (each model's and Auto's scaled calibration-window errors) and what coverage is scored on (the
// test window's forecasts and actuals), so calibrations can be compared without re-running models.
import { holdoutRunSettings } from './forecast-core-run.mjs';

/**
 * @typedef {object} SourceDump
 * @property {string} id model id, or `auto`
 * @property {(number | null)[] | null} errors calibration-window errors ÷ scale, window after window
 *   (NaN as null)
 * @property {(number | null)[]} test the test window's point forecast
 *
 * @typedef {object} SeriesDump
 * @property {number} index
 * @property {string} demand classifyDemand's kind on the history before the test window
 * @property {number} scale the series' interval scale (in-sample seasonal-naive MAE of train)
 * @property {number[]} origins the calibration windows' origins (calibration, then validation)
 * @property {(number | null)[]} y the history the engine saw, test window included (missing as null)
 * @property {(number | null)[]} actual the test window's actuals
 * @property {string} choice Auto's export model
 * @property {string[]} members the models whose calibration Auto's forecast takes
 * @property {SourceDump[]} sources every model that did not fail, then Auto
 *
 * @typedef {{ set: string, k: number, horizon: number, seasonLength: number, seconds: number,
 *   skipped: number, series: SeriesDump[] }} PassDump
 */

/** @param {ArrayLike<number>} values */
const plain = (values) => Array.from(values, (value) => (Number.isFinite(value) ? value : null));

/**
 * @param {any} core the bundled core (interval-coverage-entry.ts)
 * @param {import('./forecast-datasets.mjs').LoadedDataset} data
 * @param {{ name: string, horizon: number }} spec
 * @param {number} k horizons dropped from every series' end
 * @returns {PassDump}
 */
export function runPass(core, data, spec, k) {
  const { horizon } = spec;
  const inputs = data.inputs.map((input) => ({
    ...input,
    y: input.y.slice(0, input.y.length - k * horizon),
  }));
  const pooled = core.fitPooledOnSeries(inputs);
  const settings = { ...holdoutRunSettings(core, data.frequency), ...(pooled ? { pooled } : {}) };
  if (settings.horizon !== horizon) throw new Error(`app horizon ${settings.horizon} ≠ ${horizon}`);
  /** @type {SeriesDump[]} */
  const series = [];
  let skipped = 0;
  const started = performance.now();
  inputs.forEach((input, index) => {
    const plan = core.planModels(input, settings, Date.now());
    const evaluation = core.evaluateSeries(input, plan.run, core.evaluationSettings(settings, index));
    const { split } = evaluation;
    const auto = evaluation.auto;
    if (
      auto === null ||
      split.testOrigins.length !== 1 ||
      split.testOrigins[0] !== input.y.length - horizon
    ) {
      skipped++;
      return;
    }
    const layout = core.evaluationPlan(input.y.length, horizon, settings.split, data.seasonLength);
    /** @type {SourceDump[]} */
    const sources = evaluation.models
      .filter((/** @type {any} */ model) => model.error === undefined && model.testForecasts.length === 1)
      .map((/** @type {any} */ model) => ({
        id: model.id,
        errors: model.calibrationErrors ? plain(model.calibrationErrors.values) : null,
        test: plain(model.testForecasts[0].values),
      }));
    sources.push({
      id: 'auto',
      errors: auto.calibrationErrors ? plain(auto.calibrationErrors.values) : null,
      test: plain(auto.testForecasts[0].values),
    });
    series.push({
      index,
      demand: core.classifyDemand(input.y.subarray(0, split.validationEnd)).kind,
      scale: evaluation.scale.value,
      origins: [...layout.calibrationOrigins, ...split.validationOrigins],
      y: plain(input.y),
      actual: plain(evaluation.testActuals),
      choice: auto.choice.model,
      members: [...auto.choice.members],
      sources,
    });
  });
  const seconds = (performance.now() - started) / 1000;
  return { set: spec.name, k, horizon, seasonLength: data.seasonLength, seconds, skipped, series };
}
