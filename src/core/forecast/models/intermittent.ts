/**
 * Demand classification of Syntetos, Boylan & Croston (2005): the average inter-demand interval
 * (ADI) and the squared coefficient of variation of the non-zero demand sizes (CV²), cut at
 * ADI 1.32 and CV² 0.49. The evaluation layer uses it to decide where Croston/SBA/TSB are tried.
 */

export type DemandKind = 'smooth' | 'erratic' | 'intermittent' | 'lumpy';

export interface DemandClass {
  /** Observed periods per period with demand (1 = demand every period; Infinity when never). */
  adi: number;
  /** Squared coefficient of variation of the non-zero demand sizes (0 when fewer than two). */
  cv2: number;
  kind: DemandKind;
  /** Share of observed periods with zero demand (0 when nothing is observed). */
  zeroShare: number;
}

export const ADI_CUTOFF = 1.32;
export const CV2_CUTOFF = 0.49;

/** Classifies a demand series; NaN periods (missing, closed) are left out. */
export function classifyDemand(y: Float64Array): DemandClass {
  let observed = 0;
  let demands = 0;
  let sum = 0;
  let sumSquares = 0;
  for (const value of y) {
    if (Number.isNaN(value)) continue;
    observed++;
    if (value !== 0) {
      demands++;
      sum += value;
      sumSquares += value * value;
    }
  }
  const zeroShare = observed === 0 ? 0 : (observed - demands) / observed;
  const adi = demands === 0 ? Infinity : observed / demands;
  let cv2 = 0;
  if (demands >= 2) {
    const mean = sum / demands;
    const variance = Math.max(0, sumSquares / demands - mean * mean);
    cv2 = mean === 0 ? 0 : variance / (mean * mean);
  }
  const sporadic = adi >= ADI_CUTOFF;
  const variable = cv2 >= CV2_CUTOFF;
  const kind: DemandKind = sporadic ? (variable ? 'lumpy' : 'intermittent') : variable ? 'erratic' : 'smooth';
  return { adi, cv2, kind, zeroShare };
}
