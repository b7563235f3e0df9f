import { describe, expect, it } from 'vitest';
import { mulberry32, normalSampler } from '../metrics/seeded-random';
import { anchoredBlend, medianBlend } from './auto-windows';
import type { SeriesEvaluation } from './evaluate-types';
import { scaledErrorWindows } from './intervals';
import { gridOffset } from './quantile-grid';
import { addSeriesErrors, calibrateRun, createCatalogueErrors, sourceCalibration } from './run-calibration';
import {
  COMBINATION_SOURCES,
  combinationErrors,
  combinationSourceOf,
  type CombinationSource,
} from './run-calibration-combinations';

const HORIZON = 4;
const CONTINUOUS = ['ets', 'theta', 'stl', 'arima'];
const source = (key: string) => COMBINATION_SOURCES.find((entry) => entry.key === key) as CombinationSource;

describe('combination errors', () => {
  it("are the errors of the members' median forecast, a member without a forecast left out", () => {
    const actual = Float64Array.from([10, 12, 0, 7]);
    const forecasts = [
      Float64Array.from([9, 15, 1, NaN]),
      Float64Array.from([11, 11, 2, 6]),
      Float64Array.from([14, 10, 0.5, 9]),
      Float64Array.from([8, 13, 3, 5]),
    ];
    const scale = 2;
    const evaluation = {
      models: forecasts.map((forecast, m) => ({
        id: CONTINUOUS[m],
        calibrationErrors: scaledErrorWindows([{ actual, forecast }], scale, HORIZON),
      })),
    } as unknown as Pick<SeriesEvaluation, 'models'>;
    const median = medianBlend(forecasts.map((forecast) => [forecast]))[0] as Float64Array;
    const expected = scaledErrorWindows([{ actual, forecast: median }], scale, HORIZON);
    const errors = combinationErrors(evaluation, source('continuous'));
    expect(Array.from(errors?.values ?? [])).toEqual(Array.from(expected.values));
    expect(combinationErrors(evaluation, source('intermittent'))).toBeNull();
    // The anchored source needs the anchor's errors.
    expect(combinationErrors(evaluation, source('continuous+arx'))).toBeNull();
  });

  it('are, averaged with the anchor, the errors of the averaged forecast', () => {
    const actual = Float64Array.from([10, 12, 0, 7]);
    const forecasts = [Float64Array.from([9, 15, 1, 8]), Float64Array.from([11, 11, 2, 6])];
    const arx = Float64Array.from([13, NaN, 0, 4]);
    const scale = 2;
    const errorsOf = (forecast: Float64Array) => scaledErrorWindows([{ actual, forecast }], scale, HORIZON);
    const evaluation = {
      models: [
        { id: 'ets', calibrationErrors: errorsOf(forecasts[0]!) },
        { id: 'theta', calibrationErrors: errorsOf(forecasts[1]!) },
        { id: 'arx', calibrationErrors: errorsOf(arx) },
      ],
    } as unknown as Pick<SeriesEvaluation, 'models'>;
    const median = medianBlend(forecasts.map((forecast) => [forecast]));
    const averaged = anchoredBlend(median, [arx])[0] as Float64Array;
    const expected = errorsOf(averaged);
    const errors = combinationErrors(evaluation, source('continuous+arx'));
    expect(Array.from(errors?.values ?? [])).toEqual(Array.from(expected.values));
  });

  it('belong to the default combination that holds every member, and to no other blend', () => {
    const keyOf = (members: string[], anchor?: string) => combinationSourceOf(members, anchor)?.key ?? null;
    expect(keyOf(CONTINUOUS)).toBe('continuous');
    expect(keyOf(['arima', 'ets'])).toBe('continuous');
    expect(keyOf(['snaive', 'arx', 'sba'])).toBe('intermittent');
    expect(keyOf(['ets'])).toBeNull();
    expect(keyOf(['arx', 'pooled', 'theta'])).toBeNull();
    expect(keyOf([...CONTINUOUS, 'arx'], 'arx')).toBe('continuous+arx');
    // The best three (a median of AR-X and two others) is not the anchored combination.
    expect(keyOf(['ets', 'theta', 'arx'])).toBeNull();
    expect(keyOf(['ets', 'arx'], 'arx')).toBeNull();
  });
});

describe('a combination in the run calibration', () => {
  /** Series whose four members err independently, standard normal, on two windows. */
  function run() {
    const errors = createCatalogueErrors();
    for (let series = 0; series < 200; series++) {
      const normal = normalSampler(mulberry32(series + 1));
      const models = CONTINUOUS.map((id) => ({
        id,
        calibrationErrors: { horizon: HORIZON, values: Float32Array.from({ length: 2 * HORIZON }, normal) },
      }));
      addSeriesErrors(errors, series, { models } as unknown as SeriesEvaluation);
    }
    return calibrateRun(errors, HORIZON);
  }

  it("takes its own errors, narrower than its members' (the median of four errs less than one)", () => {
    const calibration = run();
    const own = calibration.combinations.continuous;
    expect(own?.errorCount).toBe(200 * 2 * HORIZON);
    expect(sourceCalibration(calibration, CONTINUOUS)).toBe(own);
    expect(sourceCalibration(calibration, ['arima', 'ets'])).toBe(own);
    const member = gridOffset(calibration.models.ets!.grid, 0, 0.9);
    const combined = gridOffset(own!.grid, 0, 0.9);
    // Independent members: the median of four standard normals has a spread of about 0.6.
    expect(combined / member).toBeGreaterThan(0.4);
    expect(combined / member).toBeLessThan(0.8);
    expect(Object.keys(calibration.models)).toEqual(['arima', 'ets', 'stl', 'theta']);
  });
});
