/**
 * The last-season input of a horizon step (docs/architecture.md, "Neural networks in a run"): the
 * sales of the target period one season earlier — as many seasons back as it takes to land before
 * the window's origin, so it is always known when the forecast is made — in the window's scale,
 * with a 0/1 flag (0 before the series starts or where sales are missing). This is how a network
 * with a half-year lookback still sees last year's holiday weeks.
 */

/** The period whose sales horizon step h (from 0) of a window at `origin` reads: always < origin. */
export function seasonalLagIndex(origin: number, h: number, season: number): number {
  return origin + h - season * (Math.floor(h / season) + 1);
}

/** Writes the scaled last-season sales and their flag at `offset` (both stay 0 when unknown). */
export function writeSeasonalLag(
  y: Float64Array,
  origin: number,
  h: number,
  season: number,
  windowScale: { center: number; scale: number },
  out: Float32Array,
  offset: number,
): void {
  const t = seasonalLagIndex(origin, h, season);
  const v = t >= 0 && t < y.length ? (y[t] as number) : NaN;
  if (Number.isNaN(v)) return;
  out[offset] = (v - windowScale.center) / windowScale.scale;
  out[offset + 1] = 1;
}
