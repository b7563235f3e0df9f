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

/** A setting out of its range; `setting` names it for the UI to word (core writes no sentences). */
export class InvalidSettingError extends RangeError {
  readonly code = 'invalid_setting';
  constructor(readonly setting: keyof InventorySettings) {
    super(`invalid_setting:${setting}`);
  }
}

/** The settings of one series: the shared ones with its overrides on top, checked. */
export function resolveSettings(
  shared: Partial<InventorySettings>,
  overrides: Partial<InventorySettings> = {},
): InventorySettings {
  const settings = { ...DEFAULT_INVENTORY_SETTINGS, ...shared, ...overrides };
  const wholeAtLeast = (name: 'leadTime' | 'reviewPeriod' | 'packSize' | 'shelfLife', min: number): void => {
    const value = settings[name];
    if (value !== null && !(Number.isInteger(value) && value >= min)) throw new InvalidSettingError(name);
  };
  wholeAtLeast('leadTime', 0);
  wholeAtLeast('reviewPeriod', 1);
  wholeAtLeast('packSize', 1);
  wholeAtLeast('shelfLife', 1);
  if (!(settings.leadTimeSd >= 0)) throw new InvalidSettingError('leadTimeSd');
  if (!(settings.minOrderQuantity >= 0)) throw new InvalidSettingError('minOrderQuantity');
  const target = settings.fillRateTarget;
  if (target !== null && !(target > 0 && target < 1)) throw new InvalidSettingError('fillRateTarget');
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
