/**
 * Forecast windows as Auto compares and combines them (auto.ts): one window per comparison origin,
 * NaN where a model has no forecast for a period. Pure arithmetic on windows, no choice made here.
 */
import { computeMetrics, type RankingMetric } from '../metrics/forecast-metrics';
import type { MaseScale } from '../metrics/mase-scale';
import { concatWindows } from './concat-windows';

/**
 * Per period, the mean of the combination's median and the anchor model's forecast (the median
 * alone where the anchor has no forecast). Auto's continuous combination is formed by models that
 * see only the series' own past; the anchor (AR-X) is the one that reads the calendar, prices and
 * promotions. As one more member of a median it would rarely move the forecast, since the median
 * follows the models that agree; averaged with the median at equal weight, what only it sees
 * reaches the forecast at half strength, while its misses are halved too.
 */
export function anchoredBlend(median: Float64Array[], anchor: Float64Array[]): Float64Array[] {
  return median.map((window, w) =>
    window.map((value, step) => {
      const other = anchor[w]?.[step] ?? NaN;
      return Number.isNaN(other) ? value : (value + other) / 2;
    }),
  );
}

/** Per-period median of several forecast windows (the blend Auto may choose); a member's NaN is left out. */
export function medianBlend(members: Float64Array[][]): Float64Array[] {
  const first = members[0] ?? [];
  return first.map((firstWindow, w) =>
    firstWindow.map((_, step) => {
      const values = members
        .map((member) => member[w]?.[step] ?? NaN)
        .filter((value) => !Number.isNaN(value));
      if (values.length === 0) return NaN;
      values.sort((a, b) => a - b);
      const middle = (values.length - 1) / 2;
      return ((values[Math.floor(middle)] as number) + (values[Math.ceil(middle)] as number)) / 2;
    }),
  );
}

/** The metric of `windows` against `actual` (the windows' actuals one after another); NaN pairs are skipped. */
export function windowsScore(
  actual: Float64Array,
  windows: Float64Array[],
  scale: MaseScale,
  metric: RankingMetric,
): number {
  return computeMetrics(actual, concatWindows(windows), [], 1, scale)[metric];
}

/** On how many windows `challenger` scores lower than `incumbent`, of those both could be scored on. */
export function windowsWon(
  challenger: Float64Array[],
  incumbent: Float64Array[],
  actualWindows: Float64Array[],
  scale: MaseScale,
  metric: RankingMetric,
): { won: number; scored: number } {
  let won = 0;
  let scored = 0;
  actualWindows.forEach((actual, w) => {
    const mine = windowsScore(actual, [challenger[w] ?? new Float64Array(0)], scale, metric);
    const theirs = windowsScore(actual, [incumbent[w] ?? new Float64Array(0)], scale, metric);
    if (!Number.isFinite(mine) || !Number.isFinite(theirs)) return;
    scored++;
    if (mine < theirs) won++;
  });
  return { won, scored };
}

/**
 * `incumbent`'s forecasts left out (NaN) for the periods `challenger` has none for (a model that
 * could not fit at an early origin, a network that has forecasts only from the end of train on), so
 * that both are scored on the same periods: a model is not better for having skipped a hard window.
 */
export const onPeriodsOf = (incumbent: Float64Array[], challenger: Float64Array[]): Float64Array[] =>
  incumbent.map((window, w) =>
    window.map((value, step) => (Number.isNaN(challenger[w]?.[step] ?? NaN) ? NaN : value)),
  );

/** Whether `windows` has a forecast for every period that has an actual. */
export const forecastsEveryPeriod = (windows: Float64Array[], actualWindows: Float64Array[]): boolean =>
  actualWindows.every((actual, w) =>
    actual.every((value, step) => Number.isNaN(value) || !Number.isNaN(windows[w]?.[step] ?? NaN)),
  );
