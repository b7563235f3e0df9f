import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../dataset/calendar';
import type { Dataset } from '../dataset/types';
import { runFingerprint } from './run-fingerprint';

function dataset(values: number[]): Dataset {
  const n = values.length;
  return {
    frequency: 'monthly',
    keyNames: ['item'],
    targetName: 'sales',
    seriesIds: ['a'],
    seriesKeys: [['a']],
    seriesStart: Int32Array.of(0),
    historyEnd: Int32Array.of(n),
    dates: Int32Array.from({ length: n }, (_, t) => dayFromYmd(2020, 1 + t, 1)),
    target: Float64Array.from(values),
    rowState: new Uint8Array(n),
    outlier: new Uint8Array(n),
    covariates: [],
  };
}

describe('runFingerprint', () => {
  const settings = { horizon: 3, model: 'auto' };

  it('is equal for equal data and settings, even as different objects', () => {
    expect(runFingerprint(dataset([1, 2, 3]), settings)).toBe(
      runFingerprint(dataset([1, 2, 3]), { ...settings }),
    );
    expect(runFingerprint(dataset([1, 2, 3]), settings)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes with a sales value, the series set or a setting', () => {
    const base = runFingerprint(dataset([1, 2, 3]), settings);
    expect(runFingerprint(dataset([1, 2, 4]), settings)).not.toBe(base);
    expect(runFingerprint({ ...dataset([1, 2, 3]), seriesIds: ['b'] }, settings)).not.toBe(base);
    expect(runFingerprint(dataset([1, 2, 3]), { ...settings, horizon: 4 })).not.toBe(base);
  });

  it('changes when a covariate is marked as a promotion (Auto reads its plan differently)', () => {
    const promo = { name: 'promo', kind: 'binary' as const, values: Float64Array.of(0, 1, 0) };
    const plain = runFingerprint({ ...dataset([1, 2, 3]), covariates: [promo] }, settings);
    const marked = { ...dataset([1, 2, 3]), covariates: [{ ...promo, promotion: true as const }] };
    expect(runFingerprint(marked, settings)).not.toBe(plain);
  });
});
