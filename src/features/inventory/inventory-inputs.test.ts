import { describe, expect, it } from 'vitest';
import { DEFAULT_INVENTORY_SETTINGS } from '../../core/inventory/settings';
import { DEFAULT_INVENTORY_INPUTS, readSettings, type InventoryInputs } from './inventory-inputs';

describe('readSettings', () => {
  it("reads the form's defaults as the engine's defaults", () => {
    expect(readSettings(DEFAULT_INVENTORY_INPUTS)).toEqual({
      ok: true,
      settings: DEFAULT_INVENTORY_SETTINGS,
      classTargets: {},
      overrides: {},
    });
  });

  it('reads a fill-rate target in % and backorders', () => {
    const reading = readSettings({ ...DEFAULT_INVENTORY_INPUTS, serviceTarget: '95', demand: 'backorder' });
    expect(reading.ok && reading.settings.fillRateTarget).toBeCloseTo(0.95, 12);
    expect(reading.ok && reading.settings.backorders).toBe(true);
  });

  it('names the field that does not read instead of guessing', () => {
    expect(readSettings({ ...DEFAULT_INVENTORY_INPUTS, leadTime: '1.5' })).toEqual({
      ok: false,
      field: 'leadTime',
      problem: { code: 'notWhole' },
    });
    expect(readSettings({ ...DEFAULT_INVENTORY_INPUTS, serviceTarget: '100' })).toMatchObject({
      ok: false,
      field: 'serviceTarget',
    });
    expect(readSettings({ ...DEFAULT_INVENTORY_INPUTS, holdingRate: '' })).toMatchObject({
      ok: false,
      field: 'holdingRate',
      problem: { code: 'empty' },
    });
  });

  it('reads fill-rate targets by ABC class only when the user opts in', () => {
    const off = readSettings({ ...DEFAULT_INVENTORY_INPUTS, targetA: 'x' });
    expect(off.ok && off.classTargets).toEqual({});
    const on = readSettings({ ...DEFAULT_INVENTORY_INPUTS, classTargets: true });
    expect(on.ok && on.classTargets).toEqual({ A: 0.98, B: 0.95, C: 0.9 });
    expect(readSettings({ ...DEFAULT_INVENTORY_INPUTS, classTargets: true, targetB: '100' })).toMatchObject({
      ok: false,
      field: 'targetB',
      problem: { code: 'outOfRange', below: 100 },
    });
  });
});

describe('readSettings: per-series overrides', () => {
  const withOverrides = (rows: InventoryInputs['seriesOverrides']) =>
    readSettings({ ...DEFAULT_INVENTORY_INPUTS, seriesOverrides: rows });

  it('reads the typed fields by series id and leaves an empty one to the shared value', () => {
    const reading = withOverrides([
      { seriesId: 'A', leadTime: '6', reviewPeriod: '' },
      { seriesId: 'B', leadTime: '', reviewPeriod: '7' },
    ]);
    expect(reading.ok && reading.overrides).toEqual({ A: { leadTime: 6 }, B: { reviewPeriod: 7 } });
  });

  it('names the series and the field that does not read', () => {
    expect(withOverrides([{ seriesId: 'A', leadTime: '1.5', reviewPeriod: '1' }])).toEqual({
      ok: false,
      field: 'leadTime',
      problem: { code: 'notWhole' },
      seriesId: 'A',
    });
    expect(withOverrides([{ seriesId: 'B', leadTime: '', reviewPeriod: '0' }])).toMatchObject({
      ok: false,
      field: 'reviewPeriod',
      seriesId: 'B',
    });
  });
});
