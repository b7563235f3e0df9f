import { describe, expect, it } from 'vitest';
import { recentStart, storedBackcast } from './stored-backcast';

describe('storedBackcast', () => {
  const split = { length: 40, horizon: 4, trainEnd: 28, validationEnd: 36 };

  it('keeps the latest origin over each period of the recent view, NaN where no window covers it', () => {
    const windows = [
      { origin: 28, values: Float64Array.from([1, 2, 3, 4]) },
      { origin: 30, values: Float64Array.from([5, 6, 7, 8]) },
      { origin: 36, values: Float64Array.from([9, 10, 11, 12]) },
    ];
    const backcast = storedBackcast(split, windows);
    // The recent view is 3 horizons (12 periods); it starts at 28 = the train part's end.
    expect(backcast.start).toBe(28);
    expect(Array.from(backcast.values)).toEqual([1, 2, 5, 6, 7, 8, NaN, NaN, 9, 10, 11, 12]);
    expect(backcast).toMatchObject({ trainEnd: 28, validationEnd: 36 });
  });

  it('never starts inside the train part, and keeps nothing before the recent view', () => {
    const long = { length: 100, horizon: 2, trainEnd: 70, validationEnd: 90 };
    const backcast = storedBackcast(long, [{ origin: 70, values: Float64Array.from([1, 2]) }]);
    expect(backcast.start).toBe(recentStart(100, 2, 10));
    expect(backcast.start).toBe(90);
    expect(backcast.values).toHaveLength(10);
    expect(Array.from(backcast.values).every(Number.isNaN)).toBe(true);
  });
});

describe('recentStart', () => {
  it('starts the recent view three horizons back (at least the test part): the future gets a quarter of the width', () => {
    expect(recentStart(8, 2, 2)).toBe(2);
    expect(recentStart(731, 28, 73)).toBe(731 - 84);
    const shown = 731 - recentStart(731, 28, 73);
    expect(28 / (shown + 28)).toBeGreaterThanOrEqual(0.25);
    // A test part longer than three horizons is shown whole.
    expect(recentStart(1000, 7, 100)).toBe(900);
    expect(recentStart(5, 28)).toBe(0);
  });
});
