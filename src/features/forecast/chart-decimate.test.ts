import { describe, it, expect } from 'vitest';
import type { ChartRow } from './chart-data';
import { MAX_HISTORY_ROWS, decimateRows } from './chart-decimate';

const row = (day: number, actual: number | null, future: number | null = null): ChartRow => ({
  day,
  actual,
  validation: null,
  test: null,
  future,
  band: future === null ? null : [future - 1, future + 1],
});

describe('decimateRows', () => {
  it('leaves a short history as it is', () => {
    const rows = [row(1, 5), row(2, 6), row(3, null, 7)];
    expect(decimateRows(rows, 2, [])).toBe(rows);
  });

  it('thins a long history to the limit but keeps peaks, troughs, boundaries and every future row', () => {
    const history = 4000;
    // A smooth wave with one spike and one dip that a plain every-nth pick would miss.
    const rows = Array.from({ length: history }, (_, t) =>
      row(t, t === 2501 ? 1000 : t === 3777 ? -50 : 100 + 10 * Math.sin(t / 30)),
    );
    for (let step = 0; step < 28; step++) rows.push(row(history + step, null, 100));
    const thinned = decimateRows(rows, history, [2699, 2700, 3899, 3900]);
    const days = thinned.map((r) => r.day);
    expect(thinned.length - 28).toBeLessThanOrEqual(MAX_HISTORY_ROWS);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(days).toEqual(expect.arrayContaining([0, 2501, 3777, 2699, 2700, 3899, 3900, 3999]));
    expect(days.slice(-28)).toEqual(Array.from({ length: 28 }, (_, step) => history + step));
  });

  it('keeps one row per bucket where a stretch has no actual sales', () => {
    const rows = Array.from({ length: 3000 }, (_, t) => row(t, t < 1500 ? null : t));
    const thinned = decimateRows(rows, 3000, []);
    expect(thinned.length).toBeLessThanOrEqual(MAX_HISTORY_ROWS);
    expect(thinned.filter((r) => r.actual === null).length).toBeGreaterThan(10);
  });
});
