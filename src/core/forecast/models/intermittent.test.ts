import { describe, it, expect } from 'vitest';
import { classifyDemand } from './intermittent';

describe('classifyDemand', () => {
  it('calls steady demand every period smooth', () => {
    const c = classifyDemand(new Float64Array([5, 6, 5, 4, 5, 6]));
    expect(c.adi).toBe(1);
    expect(c.kind).toBe('smooth');
    expect(c.zeroShare).toBe(0);
  });

  it('computes ADI and CV² by hand for a sporadic series', () => {
    // 8 periods, demands 2 and 6: ADI = 8/2 = 4; mean 4, population variance 4, CV² = 4/16 = 0.25.
    const c = classifyDemand(new Float64Array([0, 2, 0, 0, 0, 6, 0, 0]));
    expect(c.adi).toBe(4);
    expect(c.cv2).toBeCloseTo(0.25, 12);
    expect(c.kind).toBe('intermittent');
    expect(c.zeroShare).toBe(0.75);
  });

  it('separates erratic from lumpy by the interval cut-off', () => {
    // Sizes 1 and 9: mean 5, variance 16, CV² 0.64 ≥ 0.49.
    expect(classifyDemand(new Float64Array([1, 9, 1, 9])).kind).toBe('erratic');
    expect(classifyDemand(new Float64Array([1, 0, 9, 0, 1, 0, 9, 0])).kind).toBe('lumpy');
  });

  it('leaves missing periods out and handles a series with no demand', () => {
    const c = classifyDemand(new Float64Array([NaN, 3, NaN, 3]));
    expect(c.adi).toBe(1);
    const none = classifyDemand(new Float64Array([0, 0, NaN]));
    expect(none.adi).toBe(Infinity);
    expect(none.zeroShare).toBe(1);
    expect(none.kind).toBe('intermittent');
  });
});
