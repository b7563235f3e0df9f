import { describe, expect, it } from 'vitest';
import { dataFingerprint } from './fingerprint';
import { syntheticDailySeries } from './test-support/synthetic-series';

describe('dataFingerprint', () => {
  it('is the same for the same data and changes with any sales value', () => {
    const make = () => syntheticDailySeries({ count: 3, length: 30, horizon: 5, seed: 2 });
    const series = make();
    expect(dataFingerprint(make())).toBe(dataFingerprint(series));
    series[2]!.y[17] = (series[2]!.y[17] as number) + 1;
    expect(dataFingerprint(series)).not.toBe(dataFingerprint(make()));
    expect(dataFingerprint(series)).toMatch(/^3-[0-9a-f]{8}$/);
  });
});
