/**
 * The result of a run for one series, as a distribution: what is stored per series (the point path,
 * its interval scale, which calibration it takes, its closed periods) plus the run's shared
 * calibration answer any quantile of any future period, any quantile of the sum over a window of
 * periods (the demand over a lead time), and seeded sample paths. Nothing per quantile is stored,
 * so 30,000 series keep a few hundred bytes each; sample paths are regenerated on demand.
 */
import { sortedQuantile } from '../metrics/empirical-quantile';
import { mulberry32 } from '../metrics/seeded-random';
import type { EvaluatedForecast } from './evaluate-types';
import { gridFromBand, gridOffset, type QuantileGrid } from './quantile-grid';
import { sourceCalibration, type RunCalibration } from './run-calibration';

/** What a run keeps per series (plain data: it crosses from workers and is saved with the workspace). */
export interface StoredForecast {
  /** Export `model` column: the model id, or `auto(<id>)` / `auto(blend)`. */
  model: string;
  point: Float64Array;
  /** Interval scale of the future forecast (see futureIntervalScale): offsets are in its units. */
  scale: number;
  /** Models whose pooled calibration the forecast takes (Auto: the ones it chose). */
  members: string[];
  /** The member Auto's combination averaged its median with (auto.ts: anchoredBlend), if any. */
  anchor?: string;
  /** 1 for a future period that cannot sell: forecast and every quantile 0 (closed-periods.ts). */
  closed?: Uint8Array;
  /**
   * The series' own p10, p50 and p90 from its own errors: its band until the run's calibration is
   * in, and for good where the run has none for its members (a cancelled run, no validation part).
   */
  own: { p10: Float64Array; p50: Float64Array; p90: Float64Array };
}

/**
 * What a run stores of a forecast source's future: null when it has none. `members` names the
 * models whose pooled calibration it takes (`anchor` the one a combination's median was averaged
 * with); `closed` is the series' SeriesInput.futureClosed.
 */
export function storedForecastOf(
  source: EvaluatedForecast,
  members: string[],
  scale: number,
  closed: Uint8Array | undefined,
  anchor?: string,
): StoredForecast | null {
  const future = source.future;
  if (future === undefined) return null;
  const { p10, p50, p90 } = future.quantiles;
  return {
    model: future.model,
    point: future.point,
    scale,
    members,
    ...(anchor !== undefined ? { anchor } : {}),
    ...(closed !== undefined ? { closed } : {}),
    own: { p10, p50, p90 },
  };
}

/** The buffers of a stored forecast, to transfer rather than copy it between threads. */
export function storedForecastBuffers(stored: StoredForecast): ArrayBufferLike[] {
  const { point, closed, own } = stored;
  return [point.buffer, own.p10.buffer, own.p50.buffer, own.p90.buffer, ...(closed ? [closed.buffer] : [])];
}

export interface ForecastDistribution {
  readonly horizon: number;
  readonly point: Float64Array;
  /** True when the run's catalogue calibration backs it (false: the series' own band only). */
  readonly pooled: boolean;
  /** Quantile p of period `step` (0 = the first period after the history). */
  quantile(step: number, p: number): number;
  /** Quantile p of every future period. */
  quantiles(p: number): Float64Array;
  /** Quantile p of the demand summed over periods [from, to). */
  sumQuantile(from: number, to: number, p: number): number;
  /** `count` sample paths, path after path (count × horizon values); the same seed gives the same paths. */
  samplePaths(count: number, seed: number): Float64Array;
}

/** The central band at `level` (0.8: p10–p90) of every future period. */
export function centralBand(
  distribution: ForecastDistribution,
  level: number,
): { lower: Float64Array; upper: Float64Array } {
  return { lower: distribution.quantiles((1 - level) / 2), upper: distribution.quantiles((1 + level) / 2) };
}

/** The own band as offsets from the point in units (scale 1). */
function ownGrid(stored: StoredForecast): QuantileGrid {
  const { point, own } = stored;
  const offset = (band: Float64Array) =>
    Float64Array.from(band, (value, step) => value - (point[step] as number));
  return gridFromBand(offset(own.p10), offset(own.p50), offset(own.p90));
}

export function forecastDistribution(
  stored: StoredForecast,
  run: RunCalibration | null,
): ForecastDistribution {
  const { point, closed } = stored;
  const horizon = point.length;
  const calibration = run === null ? null : sourceCalibration(run, stored.members, stored.anchor);
  const grid = calibration?.grid ?? ownGrid(stored);
  const scale = calibration !== null ? stored.scale : 1;
  const dependence = calibration?.dependence ?? null;

  const quantile = (step: number, p: number): number => {
    if (closed?.[step] === 1) return 0;
    return Math.max(0, (point[step] as number) + scale * gridOffset(grid, step, p));
  };

  const checkWindow = (from: number, to: number): void => {
    if (!(from >= 0 && to <= horizon && from <= to)) {
      throw new RangeError(`Periods ${from}–${to} are outside the ${horizon}-period forecast`);
    }
  };

  /** Per bank window, the sum over [from, to) with each step at the window's rank. */
  const windowSums = (from: number, to: number, bank: Float32Array): Float64Array => {
    const windows = bank.length / horizon;
    const sums = new Float64Array(windows);
    for (let w = 0; w < windows; w++) {
      let sum = 0;
      for (let step = from; step < to; step++) sum += quantile(step, bank[w * horizon + step] as number);
      sums[w] = sum;
    }
    return sums.sort();
  };

  return {
    horizon,
    point,
    pooled: calibration !== null,
    quantile,
    quantiles: (p) => Float64Array.from({ length: horizon }, (_, step) => quantile(step, p)),
    sumQuantile(from, to, p) {
      checkWindow(from, to);
      if (to === from) return 0;
      // Without whole windows to read the steps' dependence from, the steps are taken to move
      // together (comonotone): the sum of the quantiles, the widest the sum can honestly be.
      if (dependence === null || dependence.length < horizon) {
        let sum = 0;
        for (let step = from; step < to; step++) sum += quantile(step, p);
        return sum;
      }
      return sortedQuantile(windowSums(from, to, dependence), p);
    },
    samplePaths(count, seed) {
      const random = mulberry32(seed);
      const paths = new Float64Array(count * horizon);
      const windows = dependence === null ? 0 : dependence.length / horizon;
      for (let path = 0; path < count; path++) {
        const base = path * horizon;
        if (windows === 0) {
          const u = random();
          for (let step = 0; step < horizon; step++) paths[base + step] = quantile(step, u);
          continue;
        }
        // A bank window's ranks, each jittered within its share of the bank so paths do not repeat.
        const w = Math.min(windows - 1, Math.floor(random() * windows));
        for (let step = 0; step < horizon; step++) {
          const u = (dependence as Float32Array)[w * horizon + step] as number;
          const jittered = Math.min(0.999, Math.max(0.001, u + (random() - 0.5) / windows));
          paths[base + step] = quantile(step, jittered);
        }
      }
      return paths;
    },
  };
}
