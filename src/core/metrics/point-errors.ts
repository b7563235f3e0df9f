/**
 * Point-forecast error measures over paired actual/forecast values. Every function skips pairs
 * whose actual (or forecast) is NaN — a missing period or one that could not sell says nothing about
 * forecast quality — and returns NaN when no pair is left.
 */

type Values = ArrayLike<number>;

/** Calls `visit(actual, forecast)` for every pair where both are numbers; returns how many. */
function forEachPair(actual: Values, forecast: Values, visit: (a: number, f: number) => void): number {
  const n = Math.min(actual.length, forecast.length);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const a = actual[i] as number;
    const f = forecast[i] as number;
    if (Number.isNaN(a) || Number.isNaN(f)) continue;
    visit(a, f);
    count++;
  }
  return count;
}

export function meanSquaredError(actual: Values, forecast: Values): number {
  let sum = 0;
  const n = forEachPair(actual, forecast, (a, f) => (sum += (a - f) * (a - f)));
  return n === 0 ? NaN : sum / n;
}

export function rootMeanSquaredError(actual: Values, forecast: Values): number {
  return Math.sqrt(meanSquaredError(actual, forecast));
}

export function meanAbsoluteError(actual: Values, forecast: Values): number {
  let sum = 0;
  const n = forEachPair(actual, forecast, (a, f) => (sum += Math.abs(a - f)));
  return n === 0 ? NaN : sum / n;
}

/** Mean of forecast − actual: positive means the model over-forecasts. */
export function meanError(actual: Values, forecast: Values): number {
  let sum = 0;
  const n = forEachPair(actual, forecast, (a, f) => (sum += f - a));
  return n === 0 ? NaN : sum / n;
}

export interface MapeResult {
  /** Percent (10 = 10 %); NaN when every actual was zero or missing. */
  value: number;
  /** Pairs left out because the actual was 0 (the percentage error is undefined there). */
  skippedZeros: number;
}

export function meanAbsolutePercentageError(actual: Values, forecast: Values): MapeResult {
  let sum = 0;
  let used = 0;
  let skippedZeros = 0;
  forEachPair(actual, forecast, (a, f) => {
    if (a === 0) {
      skippedZeros++;
      return;
    }
    sum += Math.abs((a - f) / a);
    used++;
  });
  return { value: used === 0 ? NaN : (100 * sum) / used, skippedZeros };
}

/** Symmetric MAPE in percent (0–200). A pair with actual and forecast both 0 is a perfect 0. */
export function symmetricMape(actual: Values, forecast: Values): number {
  let sum = 0;
  const n = forEachPair(actual, forecast, (a, f) => {
    const denominator = Math.abs(a) + Math.abs(f);
    if (denominator > 0) sum += (2 * Math.abs(a - f)) / denominator;
  });
  return n === 0 ? NaN : (100 * sum) / n;
}

export interface AbsoluteTotals {
  sumAbsError: number;
  sumAbsActual: number;
}

/** The two sums behind WAPE, kept separate so WAPE can be pooled over series. */
export function absoluteTotals(actual: Values, forecast: Values): AbsoluteTotals {
  const totals = { sumAbsError: 0, sumAbsActual: 0 };
  forEachPair(actual, forecast, (a, f) => {
    totals.sumAbsError += Math.abs(a - f);
    totals.sumAbsActual += Math.abs(a);
  });
  return totals;
}

/** Weighted absolute percentage error in percent: Σ|a − f| / Σ|a|. NaN when Σ|a| is 0. */
export function weightedApe(actual: Values, forecast: Values): number {
  const { sumAbsError, sumAbsActual } = absoluteTotals(actual, forecast);
  return sumAbsActual === 0 ? NaN : (100 * sumAbsError) / sumAbsActual;
}
