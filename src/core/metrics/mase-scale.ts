/**
 * The denominator of MASE: how wrong the plainest forecast (repeat the value one season ago) was
 * inside the training history. Dividing by it makes errors of big and small series comparable.
 */

/** What the scale was measured from, in order of preference. */
export type ScaleBasis =
  /** in-sample MAE of the seasonal naive forecast, lag m */
  | 'seasonal'
  /** lag 1 (naive): history shorter than a season and one step, or no seasonal change at all */
  | 'lag1'
  /** mean |y|: a flat history has no naive error to compare with */
  | 'level'
  /** 1: the history is all zeros or missing, so MASE reads as MAE in sales units */
  | 'unit';

export interface MaseScale {
  value: number;
  basis: ScaleBasis;
}

/** Mean |y[t] − y[t − lag]| over pairs with both values present; NaN when there is none. */
function laggedMae(history: ArrayLike<number>, lag: number): number {
  let sum = 0;
  let count = 0;
  for (let t = lag; t < history.length; t++) {
    const now = history[t] as number;
    const before = history[t - lag] as number;
    if (Number.isNaN(now) || Number.isNaN(before)) continue;
    sum += Math.abs(now - before);
    count++;
  }
  return count === 0 ? NaN : sum / count;
}

function meanAbsolute(history: ArrayLike<number>): number {
  let sum = 0;
  let count = 0;
  for (let t = 0; t < history.length; t++) {
    const value = history[t] as number;
    if (Number.isNaN(value)) continue;
    sum += Math.abs(value);
    count++;
  }
  return count === 0 ? NaN : sum / count;
}

/**
 * Seasonal-naive in-sample MAE of `history` at lag `m`, falling back to lag 1, then to the mean
 * level, then to 1, so the scale is always a positive finite number.
 */
export function maseScale(history: ArrayLike<number>, m: number): MaseScale {
  const seasonal = m > 1 ? laggedMae(history, m) : NaN;
  if (seasonal > 0) return { value: seasonal, basis: 'seasonal' };
  const naive = laggedMae(history, 1);
  if (naive > 0) return { value: naive, basis: 'lag1' };
  const level = meanAbsolute(history);
  if (level > 0) return { value: level, basis: 'level' };
  return { value: 1, basis: 'unit' };
}
