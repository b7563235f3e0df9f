import { describe, it, expect } from 'vitest';
import {
  calibrationOrigins,
  DEFAULT_SPLIT,
  earlierSelectionOrigins,
  evaluationPlan,
  MAX_CALIBRATION_WINDOWS,
  MIN_CALIBRATION_WINDOWS,
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

describe('calibrationOrigins', () => {
  const holdout = { kind: 'holdout', validationHorizons: 1 } as const;

  it('adds back-to-back windows before validation until a year of weeks is covered', () => {
    const split = splitSeries(300, 8, holdout, { minTrain: 16 });
    const origins = calibrationOrigins(split, 16, 52);
    // ⌈52 / 8⌉ = 7 windows: the validation window at 284 and six before it.
    expect(origins).toEqual([236, 244, 252, 260, 268, 276]);
    for (const origin of origins) expect(origin + 8).toBeLessThanOrEqual(split.trainEnd);
  });

  it('spans at most MAX_CALIBRATION_WINDOWS windows of daily data, and at least three of monthly', () => {
    const daily = splitSeries(1000, 28, holdout, { minTrain: 28 });
    expect(calibrationOrigins(daily, 28, 7)).toHaveLength(MAX_CALIBRATION_WINDOWS - 1);
    const monthly = splitSeries(200, 12, holdout, { minTrain: 24 });
    expect(calibrationOrigins(monthly, 24, 12)).toEqual([152, 164]);
  });

  it('keeps half the history and two seasons where the test fit has them', () => {
    // 143 weeks (a Walmart store): validation ends at 135, so no calibration fit starts before week 106.
    const split = splitSeries(143, 8, holdout, { minTrain: 16 });
    expect(calibrationOrigins(split, 16, 52)).toEqual([111, 119]);
    // 80 days: half of the 66 periods before test is 33, so 38 is the earliest of a possible 3 windows.
    const short = splitSeries(80, 14, holdout, { minTrain: 14 });
    expect(calibrationOrigins(short, 14, 7)).toEqual([38]);
  });

  it('reaches MIN_CALIBRATION_WINDOWS windows on shorter fits where two seasons would leave fewer', () => {
    // 127 weeks: validation ends at 119, so a two-year fit leaves no calibration window at all
    // (trainEnd 111 − 8 = 103 < 106); the two missing windows are taken back to the half-history floor.
    const split = splitSeries(127, 8, holdout, { minTrain: 16 });
    const origins = calibrationOrigins(split, 16, 52);
    expect(origins).toEqual([95, 103]);
    expect(origins.length + split.validationOrigins.length).toBe(MIN_CALIBRATION_WINDOWS);
  });

  it('counts the validation windows a ratio split already has', () => {
    const split = splitSeries(400, 12, DEFAULT_SPLIT, { minTrain: 24, maxOrigins: 4 });
    expect(split.validationOrigins).toHaveLength(4);
    expect(calibrationOrigins(split, 24, 12)).toEqual([]);
  });

  it('puts them among the origins a global model must forecast from', () => {
    const plan = evaluationPlan(300, 8, holdout, 52);
    for (const origin of plan.calibrationOrigins) expect(plan.origins).toContain(origin);
  });
});
