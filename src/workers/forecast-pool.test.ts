import { describe, it, expect } from 'vitest';
import { batchSize, poolSize } from './forecast-pool';

describe('poolSize', () => {
  it('uses one worker per core, at least one and at most four', () => {
    expect(poolSize(undefined)).toBe(1);
    expect(poolSize(0)).toBe(1);
    expect(poolSize(2)).toBe(2);
    expect(poolSize(16)).toBe(4);
  });
});

describe('batchSize', () => {
  it('sends small batches for few series and caps them for large catalogues', () => {
    expect(batchSize(4, 2)).toBe(1);
    expect(batchSize(40, 2)).toBe(3);
    expect(batchSize(30_000, 4)).toBe(25);
  });
});
