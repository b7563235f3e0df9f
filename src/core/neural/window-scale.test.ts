import { describe, expect, it } from 'vitest';
import { robustWindowScale } from './window-scale';

describe('robustWindowScale', () => {
  it('centres on the median and scales by the median absolute deviation, ignoring NaN', () => {
    expect(robustWindowScale([1, 2, NaN, 3, 4, 100])).toEqual({ center: 3, scale: 1 });
    expect(robustWindowScale([1, 2, 3, 4])).toEqual({ center: 2.5, scale: 1 });
  });

  it('falls back to the mean absolute value when the MAD is 0, then to 1', () => {
    expect(robustWindowScale([0, 0, 0, 5])).toEqual({ center: 0, scale: 1.25 });
    expect(robustWindowScale([0, 0, 0])).toEqual({ center: 0, scale: 1 });
    expect(robustWindowScale([NaN, NaN])).toEqual({ center: 0, scale: 1 });
  });

  it('scales a lookback without sales by the fallback it is given, read only then', () => {
    let asked = 0;
    const fallback = () => (asked++, 40);
    expect(robustWindowScale([0, 0, 0], fallback)).toEqual({ center: 0, scale: 40 });
    expect(robustWindowScale([NaN, NaN], fallback)).toEqual({ center: 0, scale: 40 });
    expect(robustWindowScale([0, 0, 0, 5], fallback)).toEqual({ center: 0, scale: 1.25 });
    expect(asked).toBe(2);
    expect(robustWindowScale([0, 0], () => 0)).toEqual({ center: 0, scale: 1 });
  });
});
