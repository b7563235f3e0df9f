import { describe, it, expect } from 'vitest';
import { DEFAULT_SETTINGS, effectiveHorizon, runSettingsOf } from './forecast-settings';

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
