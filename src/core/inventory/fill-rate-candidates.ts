/**
 * Under a fill-rate target the optimiser also tries the textbook answer (Silver, Pyke & Thomas §7.7):
 * the safety factor z with σ·G(z) = (1 − β)·Q, read as the quantile level Φ(z) of the empirical
 * distribution. It is one more candidate, judged by the simulated fill rate like the others, so pack
 * and MOQ rounding or a skewed demand that the formula does not see cannot make it claim a service it
 * does not give.
 */
import { fillRateSafetyFactor } from './fill-rate';
import { normalCdf } from '../metrics/normal';
import { ruleOrderQuantity } from './policy-schedule';
import { protectionPeriods, reviewEvery } from './protection';
import type { DemandDistribution, InventorySettings, PolicyKind, PolicyRule, UnitCosts } from './types';

/** Probability levels one standard deviation either side of the median. */
const ONE_SIGMA_BELOW = normalCdf(-1);
const ONE_SIGMA_ABOVE = normalCdf(1);

export function textbookFillRateRules(
  distribution: DemandDistribution,
  settings: InventorySettings,
  costs: UnitCosts,
  target: number,
): PolicyRule[] {
  const kinds: PolicyKind[] = (['sQ', 'RS'] as const).filter(
    (kind) => settings.policy === 'auto' || settings.policy === kind,
  );
  return kinds.map((kind) => {
    const cover = protectionPeriods(kind, settings);
    const sigma =
      (distribution.sumQuantile(0, cover, ONE_SIGMA_ABOVE) -
        distribution.sumQuantile(0, cover, ONE_SIGMA_BELOW)) /
      2;
    let mean = 0;
    for (let j = 0; j < cover; j++) mean += (distribution.point[j] as number) / cover;
    // Units short per cycle are compared with what a cycle sells: Q for (s, Q), R periods of demand for (R, S).
    const quantity =
      kind === 'sQ'
        ? ruleOrderQuantity({ kind, level: NaN, qMultiple: 1 }, mean, settings, costs)
        : mean * reviewEvery(kind, settings);
    const z = fillRateSafetyFactor(sigma, quantity, target);
    return { kind, level: Math.min(0.999, Math.max(0.5, normalCdf(z))), qMultiple: kind === 'sQ' ? 1 : NaN };
  });
}
