import { describe, it, expect } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { ModelChoice } from '../../workers/forecast-protocol';
import { DEFAULT_SETTINGS, effectiveHorizon, runSettingsOf, settleModel } from './forecast-settings';
import { createForecastSlice, type ForecastSlice } from './forecast-slice';

describe('effectiveHorizon', () => {
  it('defaults to four weeks of days, eight weeks, a year of months and a year of quarters', () => {
    expect(effectiveHorizon(DEFAULT_SETTINGS, 'daily')).toBe(28);
    expect(effectiveHorizon(DEFAULT_SETTINGS, 'weekly')).toBe(8);
    expect(effectiveHorizon(DEFAULT_SETTINGS, 'monthly')).toBe(12);
    expect(effectiveHorizon(DEFAULT_SETTINGS, 'quarterly')).toBe(4);
  });

  it("keeps the user's horizon, rounded and at least one period", () => {
    expect(effectiveHorizon({ ...DEFAULT_SETTINGS, horizon: 14.4 }, 'daily')).toBe(14);
    expect(effectiveHorizon({ ...DEFAULT_SETTINGS, horizon: 0 }, 'daily')).toBe(1);
  });
});

describe('runSettingsOf', () => {
  it('turns the time budget into a deadline from the start of the run', () => {
    const run = runSettingsOf({ ...DEFAULT_SETTINGS, budgetMinutes: 1.5 }, 'weekly', 1_000);
    expect(run.expensiveUntil).toBe(91_000);
    expect(run.horizon).toBe(8);
    expect(run.model).toBe('auto');
  });
});

describe('settleModel', () => {
  it('keeps Auto and every registry model, the pooled regression included', () => {
    expect(settleModel('auto')).toEqual({ model: 'auto', fallbackFrom: null });
    expect(settleModel('pooled')).toEqual({ model: 'pooled', fallbackFrom: null });
    expect(settleModel('lstm')).toEqual({ model: 'lstm', fallbackFrom: null });
  });

  it('turns a model this version lacks into Auto, and remembers what was asked for the note', () => {
    expect(settleModel('prophet')).toEqual({ model: 'auto', fallbackFrom: 'prophet' });
  });
});

describe('the forecast slice', () => {
  it('never stores a model id outside the registry: the select and the run agree', () => {
    const store = createStore<ForecastSlice>()(createForecastSlice);
    store.getState().updateForecastSettings({ model: 'lightgbm' as ModelChoice });
    expect(store.getState().forecast.settings.model).toBe('auto');
    expect(store.getState().forecast.modelFallbackFrom).toBe('lightgbm');
    store.getState().updateForecastSettings({ model: 'ets' });
    expect(store.getState().forecast.settings.model).toBe('ets');
    expect(store.getState().forecast.modelFallbackFrom).toBeNull();
  });
});
