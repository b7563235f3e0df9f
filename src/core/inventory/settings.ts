/**
 * Default settings, per-series overrides and the per-period money they imply.
 */
import type { Frequency } from '../dataset/types';
import type { InventorySettings, UnitCosts } from './types';

export const DEFAULT_INVENTORY_SETTINGS: Readonly<InventorySettings> = {
  leadTime: 1,
  leadTimeSd: 0,
  reviewPeriod: 1,
  holdingRatePct: 25,
  shortageCostPct: 30,
  orderCost: 0,
  fillRateTarget: null,
  backorders: false,
  minOrderQuantity: 0,
  packSize: 1,
  shelfLife: null,
  policy: 'auto',
};

/** Periods in a year, to turn a yearly holding rate into a per-period one. */
export const PERIODS_PER_YEAR: Record<Frequency, number> = {
  daily: 365,
  weekly: 52,
  monthly: 12,
  quarterly: 4,
};

/** The settings of one series: the shared ones with its overrides on top, checked. */
export function resolveSettings(
  shared: Partial<InventorySettings>,
  overrides: Partial<InventorySettings> = {},
): InventorySettings {
  const settings = { ...DEFAULT_INVENTORY_SETTINGS, ...shared, ...overrides };
  const wholeAtLeast = (value: number, min: number, name: string): void => {
    if (!Number.isInteger(value) || value < min)
      throw new RangeError(`${name} must be a whole number ≥ ${min}`);
  };
  wholeAtLeast(settings.leadTime, 0, 'leadTime');
  wholeAtLeast(settings.reviewPeriod, 1, 'reviewPeriod');
  wholeAtLeast(settings.packSize, 1, 'packSize');
  if (settings.shelfLife !== null) wholeAtLeast(settings.shelfLife, 1, 'shelfLife');
  if (!(settings.leadTimeSd >= 0)) throw new RangeError('leadTimeSd must be ≥ 0');
  if (!(settings.minOrderQuantity >= 0)) throw new RangeError('minOrderQuantity must be ≥ 0');
  const target = settings.fillRateTarget;
  if (target !== null && !(target > 0 && target < 1))
    throw new RangeError('fillRateTarget must be in (0, 1)');
  return settings;
}

/** Holding per period = rate/100 × unit value ÷ periods per year; shortage once per unit short. */
export function unitCosts(settings: InventorySettings, unitValue: number, frequency: Frequency): UnitCosts {
  return {
    holding: ((settings.holdingRatePct / 100) * unitValue) / PERIODS_PER_YEAR[frequency],
    shortage: (settings.shortageCostPct / 100) * unitValue,
    order: settings.orderCost,
    waste: unitValue,
  };
}
