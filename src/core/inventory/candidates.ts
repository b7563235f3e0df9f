/**
 * The candidate rules the optimiser replays: quantile levels of demand over the protection interval,
 * and order quantities as multiples of the EOQ. The grid is the same for every series and every data
 * set (about 50 rules), so nothing is fitted to one shop's history but the choice among them.
 */
import { criticalRatio, perishableCriticalRatio } from './newsvendor';
import type { InventorySettings, PolicyKind, PolicyRule, UnitCosts } from './types';

export const SERVICE_LEVELS: readonly number[] = [0.5, 0.65, 0.75, 0.85, 0.9, 0.95, 0.98, 0.995];
export const Q_MULTIPLES: readonly number[] = [1, 2];

/**
 * The newsvendor's critical ratio: with a shelf life a unit left over expires (its value plus its
 * holding is lost); without one it only waits a period (p / (p + h)).
 */
export function newsvendorLevel(settings: InventorySettings, costs: UnitCosts): number {
  const ratio =
    settings.shelfLife === null
      ? criticalRatio(costs.shortage, costs.holding)
      : perishableCriticalRatio(costs.shortage, costs.waste, costs.holding * settings.shelfLife);
  return Math.min(0.999, Math.max(0.001, ratio));
}

/** Every quantile level a table of levels must hold for these settings. */
export function tableLevels(settings: InventorySettings, costs: UnitCosts): number[] {
  return [...SERVICE_LEVELS, newsvendorLevel(settings, costs)];
}

function rulesOf(kind: PolicyKind, settings: InventorySettings, costs: UnitCosts): PolicyRule[] {
  switch (kind) {
    case 'naive':
      return [{ kind, level: NaN, qMultiple: NaN }];
    case 'newsvendor':
      return [{ kind, level: newsvendorLevel(settings, costs), qMultiple: NaN }];
    case 'RS':
    case 'base_stock':
      return SERVICE_LEVELS.map((level) => ({ kind, level, qMultiple: NaN }));
    case 'sQ':
    case 'sS':
      return SERVICE_LEVELS.flatMap((level) => Q_MULTIPLES.map((qMultiple) => ({ kind, level, qMultiple })));
  }
}

/**
 * The rules to try. `auto` tries every policy that means something here: base-stock only when it
 * differs from (R, S) (R > 1), the newsvendor only for perishables.
 */
export function candidateRules(settings: InventorySettings, costs: UnitCosts): PolicyRule[] {
  if (settings.policy !== 'auto') return rulesOf(settings.policy, settings, costs);
  const kinds: PolicyKind[] = ['RS', 'sQ', 'sS', 'naive'];
  if (settings.reviewPeriod > 1) kinds.push('base_stock');
  if (settings.shelfLife !== null) kinds.push('newsvendor');
  return kinds.flatMap((kind) => rulesOf(kind, settings, costs));
}
