import { describe, it, expect } from 'vitest';
import type { ChartRow } from './chart-data';
import {
  bandPath,
  dayTicks,
  linePath,
  linearScale,
  nearestRow,
  valueExtent,
  valueTicks,
} from './chart-geometry';

const row = (day: number, actual: number | null, band: [number, number] | null = null): ChartRow => ({
  day,
  actual,
  validation: null,
  test: null,
  future: null,
  band,
});
const x = linearScale([0, 10], [0, 100]);
const y = linearScale([0, 10], [100, 0]);

describe('chart geometry', () => {
  it('maps values linearly, flipping the value axis so higher sales sit higher', () => {
    expect(x(2.5)).toBe(25);
    expect(y(2.5)).toBe(75);
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });

  it('widens the value axis to round ticks', () => {
    expect(valueTicks(0, 87, 5)).toEqual({ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] });
    expect(valueTicks(0.1, 0.3, 2).ticks).toEqual([0.1, 0.2, 0.3]);
    expect(valueTicks(5, 5, 5).domain[0]).toBeLessThan(5);
    expect(dayTicks(100, 130, 3)).toEqual([100, 110, 120, 130]);
  });

  it('breaks a line where a value is missing', () => {
    const rows = [row(0, 1), row(1, 2), row(2, null), row(3, 4)];
    expect(linePath(rows, 'actual', x, y)).toBe('M0.0,90.0L10.0,80.0M30.0,60.0');
  });

  it('closes the band along its upper then its lower edge', () => {
    const rows = [row(0, 1), row(1, null, [1, 3]), row(2, null, [2, 4])];
    expect(bandPath(rows, x, y)).toBe('M10.0,70.0L20.0,60.0L20.0,80.0L10.0,90.0Z');
  });

  it('finds the extent of every line and the band, and the row nearest a day', () => {
    const rows = [row(0, 5), row(4, 2), row(8, null, [1, 9])];
    expect(valueExtent(rows)).toEqual([1, 9]);
    expect(nearestRow(rows, 2.1)).toBe(1);
    expect(nearestRow(rows, 1.9)).toBe(0);
    expect(nearestRow(rows, 99)).toBe(2);
    expect(nearestRow([], 1)).toBe(-1);
  });
});
