/**
 * Chronological train / validation / test split of one series, and the rolling forecast origins
 * inside validation and test. Nothing is shuffled: a model is always scored on periods after the
 * data it was fitted on.
 */

export type SplitSettings =
  /** Shares of the series for train, validation and test (default 7:2:1). */
  | { kind: 'ratio'; train: number; validation: number; test: number }
  /** Test = the last `horizon` periods, validation = the `horizon · validationHorizons` before it. */
  | { kind: 'holdout'; validationHorizons: number };

export const DEFAULT_SPLIT: SplitSettings = { kind: 'ratio', train: 7, validation: 2, test: 1 };

/** At most this many rolling origins per part, so an expensive model is fitted a bounded number of times. */
export const DEFAULT_MAX_ORIGINS = 4;

/**
 * Periods [0, trainEnd) are train, [trainEnd, validationEnd) validation, [validationEnd, length) test.
 * An origin `o` means: fit on periods [0, o) and forecast [o, o + horizon).
 */
export interface SeriesSplit {
  length: number;
  horizon: number;
  trainEnd: number;
  validationEnd: number;
  validationOrigins: number[];
  testOrigins: number[];
  /** Set when the series was too short for the requested split: what was changed, as codes. */
  adapted?: SplitAdaptation;
}

/** What a short series' split gave up, in order: validation cut to one horizon, no test, no validation. */
export type SplitChange = 'validation-shortened' | 'no-test' | 'no-validation';

export interface SplitAdaptation {
  /** Periods the train part needs at least (the series had fewer with the requested split). */
  minTrain: number;
  changes: SplitChange[];
}

/**
 * Up to `maxOrigins` evenly spaced origins whose horizon-long windows fit inside [start, end);
 * the first starts the part and the last ends it.
 */
export function rollingOrigins(start: number, end: number, horizon: number, maxOrigins: number): number[] {
  const last = end - horizon;
  if (last < start || maxOrigins < 1) return [];
  const count = Math.min(maxOrigins, last - start + 1);
  if (count === 1) return [start];
  const origins: number[] = [];
  for (let i = 0; i < count; i++) origins.push(Math.round(start + (i * (last - start)) / (count - 1)));
  return origins;
}

/** Fewest training periods worth fitting on: a horizon, two seasons where that is more, and at least 4. */
export function minimumTrainLength(horizon: number, seasonLength: number): number {
  return Math.max(4, horizon, Math.min(2 * seasonLength, 2 * horizon));
}

function requestedParts(
  length: number,
  horizon: number,
  settings: SplitSettings,
): { validation: number; test: number } {
  if (settings.kind === 'holdout') {
    return { validation: horizon * Math.max(1, Math.round(settings.validationHorizons)), test: horizon };
  }
  const total = settings.train + settings.validation + settings.test;
  const share = (part: number): number => (total > 0 ? Math.round((length * part) / total) : 0);
  return {
    validation: Math.max(horizon, share(settings.validation)),
    test: settings.test > 0 ? Math.max(horizon, share(settings.test)) : 0,
  };
}

/**
 * Splits a series of `length` periods. Validation and test are each at least one horizon long.
 * When the train part would be shorter than `minTrain`, validation shrinks to one horizon, then the
 * test part is dropped, then validation too; `adapted` says which happened.
 */
export function splitSeries(
  length: number,
  horizon: number,
  settings: SplitSettings,
  options: { minTrain: number; maxOrigins?: number },
): SeriesSplit {
  const maxOrigins = options.maxOrigins ?? DEFAULT_MAX_ORIGINS;
  let { validation, test } = requestedParts(length, horizon, settings);
  const fits = (): boolean => length - validation - test >= options.minTrain;
  const changes: SplitChange[] = [];
  if (!fits() && validation > horizon) {
    validation = horizon;
    changes.push('validation-shortened');
  }
  if (!fits() && test > 0) {
    test = 0;
    changes.push('no-test');
  }
  if (!fits() && validation > 0) {
    validation = 0;
    changes.push('no-validation');
  }
  const validationEnd = length - test;
  const trainEnd = validationEnd - validation;
  const split: SeriesSplit = {
    length,
    horizon,
    trainEnd,
    validationEnd,
    validationOrigins: rollingOrigins(trainEnd, validationEnd, horizon, maxOrigins),
    testOrigins: rollingOrigins(validationEnd, length, horizon, maxOrigins),
  };
  if (changes.length > 0) split.adapted = { minTrain: options.minTrain, changes };
  return split;
}

/**
 * The history before the test part, as `splitSeries` would cut a series of this length (all of it
 * when there is no test part): what may decide which models run and which combination Auto starts
 * from, so that the test part never does.
 */
export function historyBeforeTest(
  y: Float64Array,
  horizon: number,
  settings: SplitSettings,
  seasonLength: number,
): Float64Array {
  const minTrain = minimumTrainLength(horizon, seasonLength);
  return y.subarray(0, splitSeries(y.length, horizon, settings, { minTrain }).validationEnd);
}

/**
 * Auto compares models on at least this many windows where the series allows (see
 * earlierSelectionOrigins): with origins every half horizon, five windows span three horizons.
 */
export const MIN_SELECTION_WINDOWS = 5;

/**
 * Extra origins for Auto's choice when validation holds fewer than MIN_SELECTION_WINDOWS windows (a
 * horizon holdout has one): every half horizon back from the start of validation, as long as
 * `minTrain` periods remain to fit on. One window of h periods is a noisy basis to choose on;
 * overlapping windows from nearby origins, each still ending before the test part, are not. These
 * windows only inform the choice: the models' validation scores stay those of the validation part.
 */
export function earlierSelectionOrigins(split: SeriesSplit, minTrain: number): number[] {
  const count = split.validationOrigins.length;
  if (count === 0 || count >= MIN_SELECTION_WINDOWS) return [];
  const step = Math.max(1, Math.ceil(split.horizon / 2));
  const origins: number[] = [];
  for (let k = 1; k <= MIN_SELECTION_WINDOWS - count; k++) {
    const origin = split.trainEnd - k * step;
    if (origin < minTrain) break;
    origins.unshift(origin);
  }
  return origins;
}

/**
 * Periods in a year for a series whose main season is `seasonLength` long: 52 weeks of a daily
 * series (season 7), otherwise the season itself (a year of weeks, months or quarters).
 */
export function periodsPerYear(seasonLength: number): number {
  return seasonLength === 7 ? 364 : Math.max(1, seasonLength);
}

/** Fewest and most windows the interval calibration rests on (see calibrationOrigins). */
export const MIN_CALIBRATION_WINDOWS = 3;
export const MAX_CALIBRATION_WINDOWS = 8;

/**
 * Extra origins whose forecast errors calibrate the intervals, besides the validation windows:
 * back-to-back windows of one horizon before validation, until the calibration windows together
 * span a year (at least MIN_CALIBRATION_WINDOWS, at most MAX_CALIBRATION_WINDOWS).
 *
 * Why: the run calibration pools errors across series, but series of one catalogue share their
 * calendar. With a horizon holdout every series' one validation window lies on the same dates, so
 * the pooled errors describe that one stretch of weeks (a holiday in it or not, a good or a bad
 * month for the whole shop) rather than the spread of shocks a future window may meet; the band
 * comes out too narrow after a calm stretch and too wide after a stormy one. Windows spread over a
 * year sample the calendar, as a conformal calibration over several back-to-back windows does
 * (statsforecast's `n_windows`). The errors must still be those of the model that forecasts, so a
 * calibration fit keeps at least half the history the test forecast is fitted on, and never drops
 * below two seasons and a bit (2 · season + 2, ARIMA's rule; ETS, STL and the seasonality test ask
 * two seasons) of the season or year where the test fit has them: fitted on less, a model loses its
 * seasonal terms and errs like another model. Where that floor would leave fewer than
 * MIN_CALIBRATION_WINDOWS windows in all (a weekly series of two years and a few months: one
 * validation window and one calibration window, or none), the missing windows are taken back to the
 * half-history floor all the same: the band must not rest on one or two stretches of calendar that
 * every series of the catalogue shares, and fits without the yearly season make the band too wide,
 * not too narrow (docs/architecture.md, "The stored forecast distribution"; BENCHMARKS.md: interval
 * coverage). Like the earlier selection windows, these end before the test part; they never change
 * a model's validation score or Auto's choice.
 */
export function calibrationOrigins(split: SeriesSplit, minTrain: number, seasonLength: number): number[] {
  const have = split.validationOrigins.length;
  if (have === 0) return [];
  const wanted = Math.ceil(periodsPerYear(seasonLength) / split.horizon);
  const target = Math.min(MAX_CALIBRATION_WINDOWS, Math.max(MIN_CALIBRATION_WINDOWS, wanted));
  const halfHistory = Math.max(minTrain, Math.ceil(split.validationEnd / 2));
  let earliest = halfHistory;
  for (const period of [seasonLength, periodsPerYear(seasonLength)]) {
    const seasonal = 2 * period + 2;
    if (period > 1 && split.validationEnd >= seasonal) earliest = Math.max(earliest, seasonal);
  }
  /** Back-to-back origins before validation, none before `floor`. */
  const back = (floor: number): number[] => {
    const origins: number[] = [];
    for (let k = 1; k <= target - have; k++) {
      const origin = split.trainEnd - k * split.horizon;
      if (origin < floor) break;
      origins.unshift(origin);
    }
    return origins;
  };
  const seasonal = back(earliest);
  if (seasonal.length + have >= MIN_CALIBRATION_WINDOWS) return seasonal;
  const loose = back(halfHistory);
  return loose.slice(Math.max(0, loose.length - (MIN_CALIBRATION_WINDOWS - have)));
}

/** How the evaluation of one series is laid out: its split, Auto's extra origins, and every origin. */
export interface EvaluationPlan {
  split: SeriesSplit;
  /** Fewest periods a model is fitted on (minimumTrainLength). */
  minTrain: number;
  earlierOrigins: number[];
  /** Origins before validation whose windows only calibrate the intervals (calibrationOrigins). */
  calibrationOrigins: number[];
  /**
   * Every origin a model is fitted at, ascending: the calibration and earlier selection origins, the start of
   * validation (the train fit), the validation origins, the start of test, the test origins, and
   * the future origin (`length`, all history). A global model trained elsewhere hands in a
   * forecast at each of these (precomputed-forecaster.ts).
   */
  origins: number[];
}

/** The one place the engine and the training worker derive a series' origins from. */
export function evaluationPlan(
  length: number,
  horizon: number,
  settings: SplitSettings,
  seasonLength: number,
  maxOrigins?: number,
): EvaluationPlan {
  const minTrain = minimumTrainLength(horizon, seasonLength);
  const split = splitSeries(length, horizon, settings, {
    minTrain,
    ...(maxOrigins !== undefined ? { maxOrigins } : {}),
  });
  const earlierOrigins = earlierSelectionOrigins(split, minTrain);
  const calibration = calibrationOrigins(split, minTrain, seasonLength);
  const origins = [
    ...calibration,
    ...earlierOrigins,
    split.trainEnd,
    ...split.validationOrigins,
    split.validationEnd,
    ...split.testOrigins,
    length,
  ];
  return {
    split,
    minTrain,
    earlierOrigins,
    calibrationOrigins: calibration,
    origins: [...new Set(origins)].sort((a, b) => a - b),
  };
}
