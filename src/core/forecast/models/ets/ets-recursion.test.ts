import { describe, it, expect } from 'vitest';
import {
  forecastFromState,
  runRecursion,
  SEASON_ADDITIVE,
  SEASON_NONE,
  TREND_ADDITIVE,
} from './ets-recursion';

describe('runRecursion', () => {
  it("matches a hand computation of Holt's linear method, ETS(A,A,N)", () => {
    // alpha 0.5, beta 0.25 (so beta/alpha = 0.5), l0 = 2, b0 = 1, y = 3, 5, 4:
    // t1: f=3, l=3, b=1; t2: f=4, l=4.5, b=1.25; t3: f=5.75, l=4.875, b=0.8125. SSE = 0 + 1 + 3.0625.
    const spec = { multiplicativeError: false, trend: TREND_ADDITIVE, season: SEASON_NONE, period: 1 };
    const params = { alpha: 0.5, beta: 0.25, gamma: 0, phi: 1 };
    const state = { level: 2, slope: 1, season: new Float64Array(1) };
    const fitted = new Float64Array(3);
    const criterion = runRecursion(Float64Array.of(3, 5, 4), spec, params, state, fitted);
    expect([...fitted]).toEqual([3, 4, 5.75]);
    expect(state.level).toBeCloseTo(4.875, 12);
    expect(state.slope).toBeCloseTo(0.8125, 12);
    expect(criterion).toBeCloseTo(3 * Math.log(4.0625), 12);
    expect([...forecastFromState(spec, params, state, 3, 2)]).toEqual([5.6875, 6.5]);
  });

  it('lets a missing value pass without an update and without counting it', () => {
    const spec = { multiplicativeError: false, trend: 0, season: SEASON_NONE, period: 1 };
    const params = { alpha: 0.5, beta: 0, gamma: 0, phi: 1 };
    const state = { level: 10, slope: 0, season: new Float64Array(1) };
    const criterion = runRecursion(Float64Array.of(NaN, 14), spec, params, state);
    expect(state.level).toBe(12);
    expect(criterion).toBeCloseTo(Math.log(16), 12);
  });

  it('applies an additive seasonal state by phase and updates it with gamma', () => {
    // Period 2, seasons [+1, -1], level 10, alpha 0, gamma 0.5: y0 = 13 → season[0] = 1 + 0.5·(3 − 1) = 2.
    const spec = { multiplicativeError: false, trend: 0, season: SEASON_ADDITIVE, period: 2 };
    const params = { alpha: 0, beta: 0, gamma: 0.5, phi: 1 };
    const state = { level: 10, slope: 0, season: Float64Array.of(1, -1) };
    const fitted = new Float64Array(2);
    runRecursion(Float64Array.of(13, 9), spec, params, state, fitted);
    expect([...fitted]).toEqual([11, 9]);
    expect([...state.season]).toEqual([2, -1]);
    expect([...forecastFromState(spec, params, state, 2, 3)]).toEqual([12, 9, 12]);
  });
});
