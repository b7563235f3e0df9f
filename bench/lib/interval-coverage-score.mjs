// Scores one pseudo-out-of-sample pass (bench/lib/interval-coverage-run.mjs) under the app's run
// calibration: every model's calibration-window errors pooled over the set's series (the core's
// addSeriesErrors → calibrateRun, as the forecast pool does at a run's end), then each series'
// test window scored against point + scale × offset (never below 0) from the source's calibration
// (sourceCalibration: Auto takes its chosen models'), exactly as the app's coverage figure is.

/** Central band levels reported. */
export const LEVELS = [0.5, 0.8, 0.95];

/** Intermittent or lumpy history (many zeros) against smooth or erratic. @param {string} kind */
export const demandGroup = (kind) =>
  kind === 'intermittent' || kind === 'lumpy' ? 'intermittent' : 'smooth';

/**
 * @param {(number | null)[] | null} values
 * @param {number} horizon
 */
const windowsOf = (values, horizon) =>
  values === null ? undefined : { horizon, values: Float32Array.from(values, (v) => (v === null ? NaN : v)) };

/**
 * The run calibration of a pass, from every model's calibration-window errors.
 * @param {any} core
 * @param {import('./interval-coverage-run.mjs').PassDump} pass
 */
export function passCalibration(core, pass) {
  const errors = core.createCatalogueErrors();
  for (const series of pass.series) {
    const models = series.sources
      .filter((source) => source.id !== 'auto')
      .map((source) => ({ id: source.id, calibrationErrors: windowsOf(source.errors, pass.horizon) }));
    core.addSeriesErrors(errors, series.index, { models });
  }
  return core.calibrateRun(errors, pass.horizon);
}

/**
 * Per series, Auto's test window scored at each of LEVELS: per level and step, where the actual fell
 * (-1 below the band, 0 inside, 1 above; null where the actual is missing), its demand group and
 * Auto's choice. Series whose forecast the run calibration does not back are left out.
 * @param {any} core
 * @param {import('./interval-coverage-run.mjs').PassDump} pass
 * @param {any} calibration the pass's RunCalibration
 */
export function autoHits(core, pass, calibration) {
  return pass.series.flatMap((series) => {
    const source = series.sources.find((candidate) => candidate.id === 'auto');
    const model = core.sourceCalibration(calibration, series.members);
    if (source === undefined || model === null) return [];
    const hits = LEVELS.map((level) =>
      source.test.map((point, step) => {
        const actual = series.actual[step];
        if (actual === null || actual === undefined || point === null) return null;
        const edge = (/** @type {number} */ p) =>
          Math.max(0, point + series.scale * core.gridOffset(model.grid, step, p));
        if (actual < edge((1 - level) / 2)) return -1;
        return actual > edge((1 + level) / 2) ? 1 : 0;
      }),
    );
    return [{ index: series.index, group: demandGroup(series.demand), choice: series.choice, hits }];
  });
}

/**
 * Mean over series of each series' share of test actuals that fell `where` (0: inside the band, as
 * the accuracy suite averages coverage; -1 below it; 1 above it) at each level, for the series
 * `keep` accepts; NaN where none.
 * @param {ReturnType<typeof autoHits>} hits
 * @param {{ keep?: (row: ReturnType<typeof autoHits>[number]) => boolean, step?: number, where?: number }} [options]
 *   `step`: one horizon step only
 */
export function meanShare(hits, { keep = () => true, step, where = 0 } = {}) {
  return LEVELS.map((_, l) => {
    const shares = hits.filter(keep).flatMap((row) => {
      const flags = (row.hits[l] ?? []).filter(
        (flag, s) => flag !== null && (step === undefined || s === step),
      );
      return flags.length === 0 ? [] : [flags.filter((flag) => flag === where).length / flags.length];
    });
    return shares.length === 0 ? NaN : shares.reduce((a, b) => a + b, 0) / shares.length;
  });
}
