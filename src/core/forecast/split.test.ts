import { describe, it, expect } from 'vitest';
import {
  DEFAULT_SPLIT,
  earlierSelectionOrigins,
  minimumTrainLength,
  rollingOrigins,
  splitSeries,
} from './split';

describe('rollingOrigins', () => {
  it('spreads a bounded number of origins evenly, first and last windows touching the part ends', () => {
    expect(rollingOrigins(100, 140, 10, 4)).toEqual([100, 110, 120, 130]);
    expect(rollingOrigins(0, 100, 10, 4)).toEqual([0, 30, 60, 90]);
  });

  it('gives one origin for a part exactly one horizon long and none for a shorter part', () => {
    expect(rollingOrigins(50, 60, 10, 4)).toEqual([50]);
    expect(rollingOrigins(50, 59, 10, 4)).toEqual([]);
  });

  it('never gives more origins than windows', () => {
    expect(rollingOrigins(0, 12, 10, 8)).toEqual([0, 1, 2]);
  });
});

describe('splitSeries', () => {
  const options = { minTrain: 24, maxOrigins: 4 };

  it('splits 7:2:1 by default on a long series', () => {
    const split = splitSeries(200, 12, DEFAULT_SPLIT, options);
    expect(split.trainEnd).toBe(140);
    expect(split.validationEnd).toBe(180);
    expect(split.validationOrigins).toEqual([140, 149, 159, 168]);
    expect(split.testOrigins).toEqual([180, 183, 185, 188]);
    expect(split.adapted).toBeUndefined();
  });

  it('makes validation and test at least one horizon long', () => {
    const split = splitSeries(60, 12, DEFAULT_SPLIT, options);
    expect(split.length - split.validationEnd).toBe(12);
    expect(split.validationEnd - split.trainEnd).toBe(12);
    expect(split.trainEnd).toBe(36);
  });

  it('horizon holdout: test is the last horizon, validation k horizons before it', () => {
    const split = splitSeries(100, 8, { kind: 'holdout', validationHorizons: 2 }, options);
    expect(split).toMatchObject({ trainEnd: 76, validationEnd: 92 });
    expect(split.testOrigins).toEqual([92]);
    expect(split.validationOrigins).toEqual([76, 79, 81, 84]);
  });

  it('shrinks validation first when the series is short, and says so', () => {
    const split = splitSeries(48, 8, { kind: 'holdout', validationHorizons: 3 }, options);
    expect(split).toMatchObject({ trainEnd: 32, validationEnd: 40 });
    expect(split.adapted?.changes).toEqual(['validation-shortened']);
  });

  it('then drops the test part', () => {
    const split = splitSeries(40, 12, DEFAULT_SPLIT, options);
    expect(split).toMatchObject({ trainEnd: 28, validationEnd: 40, testOrigins: [] });
    expect(split.adapted?.changes).toContain('no-test');
  });

  it('and with too little for even one validation horizon, trains on everything', () => {
    const split = splitSeries(30, 12, DEFAULT_SPLIT, options);
    expect(split).toMatchObject({ trainEnd: 30, validationEnd: 30, validationOrigins: [], testOrigins: [] });
    expect(split.adapted?.changes).toContain('no-validation');
  });

  it('honours a custom ratio', () => {
    const split = splitSeries(100, 5, { kind: 'ratio', train: 8, validation: 1, test: 1 }, options);
    expect(split).toMatchObject({ trainEnd: 80, validationEnd: 90 });
  });
});

describe('minimumTrainLength', () => {
  it('asks for two seasons, capped at two horizons, never less than one horizon', () => {
    expect(minimumTrainLength(12, 12)).toBe(24);
    expect(minimumTrainLength(28, 7)).toBe(28);
    expect(minimumTrainLength(8, 52)).toBe(16);
  });
});

describe('earlierSelectionOrigins', () => {
  const holdout = { kind: 'holdout', validationHorizons: 1 } as const;

  it('adds origins every half horizon before a one-window validation part, ending before test', () => {
    const split = splitSeries(162, 28, holdout, { minTrain: 28 });
    expect(split.validationOrigins).toEqual([106]);
    const earlier = earlierSelectionOrigins(split, 28);
    expect(earlier).toEqual([50, 64, 78, 92]);
    for (const origin of earlier) expect(origin + 28).toBeLessThanOrEqual(split.validationEnd);
  });

  it('stops where fewer than minTrain periods would remain to fit on', () => {
    const split = splitSeries(100, 28, holdout, { minTrain: 28 });
    expect(split.trainEnd).toBe(44);
    expect(earlierSelectionOrigins(split, 28)).toEqual([30]);
  });

  it('adds nothing when validation already has enough windows, or has none', () => {
    expect(
      earlierSelectionOrigins(splitSeries(200, 10, DEFAULT_SPLIT, { minTrain: 20, maxOrigins: 5 }), 20),
    ).toEqual([]);
    expect(earlierSelectionOrigins(splitSeries(16, 6, holdout, { minTrain: 12 }), 12)).toEqual([]);
  });
});
