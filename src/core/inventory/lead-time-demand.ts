/**
 * Demand over a variable lead time (Silver, Pyke & Thomas §7.11; Axsäter §5.3): with L independent
 * of demand, σ²_LTD = E[L]·σ²_d + μ²_d·σ²_L. Every input must be in the same period: σ_d and μ_d per
 * period, E[L] and σ_L in periods.
 */
export function leadTimeDemandSigma(
  meanLeadTime: number,
  leadTimeSd: number,
  demandMean: number,
  demandSd: number,
): number {
  return Math.sqrt(meanLeadTime * demandSd * demandSd + demandMean * demandMean * leadTimeSd * leadTimeSd);
}
