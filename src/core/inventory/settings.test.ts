import { describe, expect, it } from 'vitest';
import { DEFAULT_INVENTORY_SETTINGS, InvalidSettingError, resolveSettings, unitCosts } from './settings';

describe('inventory settings', () => {
  it('defaults to lead time 1, review 1, 25 %/yr holding, 30 % shortage, no order cost, lost sales', () => {
    expect(resolveSettings({})).toEqual(DEFAULT_INVENTORY_SETTINGS);
    expect(DEFAULT_INVENTORY_SETTINGS).toMatchObject({
      leadTime: 1,
      reviewPeriod: 1,
      holdingRatePct: 25,
      shortageCostPct: 30,
      orderCost: 0,
      fillRateTarget: null,
      backorders: false,
      policy: 'auto',
    });
  });

  it('lays a series override over the shared settings', () => {
    expect(resolveSettings({ leadTime: 3, packSize: 6 }, { leadTime: 5 })).toMatchObject({
      leadTime: 5,
      packSize: 6,
    });
  });

  it('names a setting out of range by code, not by sentence', () => {
    expect(() => resolveSettings({ reviewPeriod: 0 })).toThrow(InvalidSettingError);
    const thrown = ((): unknown => {
      try {
        resolveSettings({}, { fillRateTarget: 1.2 });
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(thrown).toMatchObject({ code: 'invalid_setting', setting: 'fillRateTarget' });
    expect(() => resolveSettings({ leadTime: 1.5 })).toThrow(InvalidSettingError);
  });

  it('turns the yearly holding rate into a per-period one for each frequency', () => {
    const settings = resolveSettings({});
    // 25 % of a unit value of 52 is 13 a year: 0.25 a week, 13/365 a day, 13/12 a month, 3.25 a quarter.
    expect(unitCosts(settings, 52, 'weekly').holding).toBeCloseTo(0.25, 12);
    expect(unitCosts(settings, 52, 'daily').holding).toBeCloseTo(13 / 365, 12);
    expect(unitCosts(settings, 52, 'monthly').holding).toBeCloseTo(13 / 12, 12);
    expect(unitCosts(settings, 52, 'quarterly').holding).toBeCloseTo(3.25, 12);
    expect(unitCosts(settings, 52, 'weekly').shortage).toBeCloseTo(15.6, 12);
  });
});
