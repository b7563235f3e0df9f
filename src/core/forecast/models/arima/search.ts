/**
 * Automatic order selection after Hyndman & Khandakar (2008), the stepwise algorithm of R's
 * `auto.arima`: fix d and D by tests, fit four start models, then repeatedly try the neighbours
 * of the best one (p, q, P, Q one up or down, p and q together, P and Q together, the constant on
 * or off) and move to any that lowers AICc, until none does. Candidates are fitted by CSS; the
 * winner is refitted by exact likelihood.
 */
import type { CancelToken } from '../../types';
import { difference, ndiffs, nsdiffs } from './differencing';
import { fitArima, type ArimaFit, type ArimaOrder } from './estimate';

const MAX_P = 5;
const MAX_Q = 5;
const MAX_SEASONAL_P = 2;
const MAX_SEASONAL_Q = 2;
/** R's default max.order: p + q + P + Q ≤ 5. */
const MAX_ORDER = 5;
/** R's default cap on the number of models tried (nmodels). */
const MAX_MODELS = 94;

function key(o: ArimaOrder): string {
  return `${o.p},${o.q},${o.P},${o.Q},${o.constant ? 1 : 0}`;
}

function admissible(o: ArimaOrder): boolean {
  return (
    o.p >= 0 &&
    o.q >= 0 &&
    o.P >= 0 &&
    o.Q >= 0 &&
    o.p <= MAX_P &&
    o.q <= MAX_Q &&
    o.P <= MAX_SEASONAL_P &&
    o.Q <= MAX_SEASONAL_Q &&
    o.p + o.q + o.P + o.Q <= MAX_ORDER &&
    (o.m > 1 || (o.P === 0 && o.Q === 0))
  );
}

/** Seasonal period worth modelling: one with two full seasons of data, else non-seasonal. */
export function usablePeriod(length: number, m: number): number {
  return m > 1 && length >= 2 * m + 2 ? m : 1;
}

/** Chooses and fits an ARIMA model for a gap-free series; null only when nothing fits (too short). */
export function autoArima(y: Float64Array, period: number, cancel?: CancelToken): ArimaFit | null {
  const m = usablePeriod(y.length, period);
  const seasonalD = nsdiffs(y, m);
  const d = ndiffs(seasonalD > 0 ? difference(y, m) : y);
  const allowConstant = d + seasonalD <= 1;
  const base = { d, D: seasonalD, m, constant: allowConstant };

  const tried = new Map<string, ArimaFit | null>();
  let best: ArimaFit | null = null;
  const consider = (order: ArimaOrder): boolean => {
    if (!admissible(order) || tried.has(key(order)) || tried.size >= MAX_MODELS) return false;
    const fit = fitArima(y, order, 'css');
    tried.set(key(order), fit);
    if (fit && (best === null || fit.aicc < best.aicc - 1e-9)) {
      best = fit;
      return true;
    }
    return false;
  };

  const seasonal = m > 1 ? 1 : 0;
  consider({ ...base, p: 2, q: 2, P: seasonal, Q: seasonal });
  consider({ ...base, p: 0, q: 0, P: 0, Q: 0 });
  consider({ ...base, p: 1, q: 0, P: seasonal, Q: 0 });
  consider({ ...base, p: 0, q: 1, P: 0, Q: seasonal });
  if (allowConstant) consider({ ...base, p: 0, q: 0, P: 0, Q: 0, constant: false });

  let improved = best !== null;
  while (improved && !cancel?.cancelled) {
    improved = false;
    const current: ArimaOrder = (best as ArimaFit | null)?.order ?? { ...base, p: 0, q: 0, P: 0, Q: 0 };
    const steps: [number, number, number, number][] = [
      [-1, 0, 0, 0],
      [1, 0, 0, 0],
      [0, -1, 0, 0],
      [0, 1, 0, 0],
      [-1, -1, 0, 0],
      [1, 1, 0, 0],
      [-1, 1, 0, 0],
      [1, -1, 0, 0],
      [0, 0, -1, 0],
      [0, 0, 1, 0],
      [0, 0, 0, -1],
      [0, 0, 0, 1],
      [0, 0, -1, -1],
      [0, 0, 1, 1],
      [0, 0, -1, 1],
      [0, 0, 1, -1],
    ];
    for (const [dp, dq, dP, dQ] of steps) {
      const next = { ...current, p: current.p + dp, q: current.q + dq, P: current.P + dP, Q: current.Q + dQ };
      if (consider(next)) {
        improved = true;
        break;
      }
    }
    if (!improved && allowConstant && consider({ ...current, constant: !current.constant })) improved = true;
  }
  // Orders are compared by CSS, as R's auto.arima does with its "approximation" (on by default
  // beyond 150 observations); exact likelihood on every candidate would cost too much per series.
  // The chosen order is then refitted by exact maximum likelihood, as R does.
  const chosen = best as ArimaFit | null;
  return chosen === null ? null : (fitArima(y, chosen.order, 'exact') ?? chosen);
}
