import { describe, it, expect } from 'vitest';
import { fitThetaLines, optimisedThetaForecaster, thetaForecaster } from './theta';
import { seriesOf } from './series-fixture';
import { AIR_PASSENGERS, meanAbsolutePercentageError } from './reference-series';

const options = { horizon: 12, seed: 1 };
const line = Array.from({ length: 20 }, (_, t) => 10 + 2 * t);

describe('thetaForecaster', () => {
  it('continues a straight line at half its slope from the last value (Hyndman & Billah 2003)', () => {
    // SES follows a line with alpha → 1, so the forecast is y_n + (b/2)·h = 48 + h.
    const forecast = thetaForecaster.fit(seriesOf(line, 'quarterly'), options).predict(3);
    [49, 50, 51].forEach((v, h) => expect(forecast[h]).toBeCloseTo(v, 2));
  });

  it('deseasonalises AirPassengers multiplicatively and beats seasonal naive on 1960', () => {
    const model = thetaForecaster.fit(seriesOf(AIR_PASSENGERS.slice(0, 132), 'monthly'), options);
    expect(model.describe().form).toEqual({ code: 'theta', optimised: false, theta: 2, season: 12 });
    expect(meanAbsolutePercentageError(AIR_PASSENGERS.slice(132), model.predict(12))).toBeLessThan(0.07);
  });

  it('forecasts a constant series flat and an all-zero series as zero', () => {
    expect([...thetaForecaster.fit(seriesOf([4, 4, 4, 4, 4]), options).predict(2)]).toEqual([4, 4]);
    expect([...thetaForecaster.fit(seriesOf(new Array(30).fill(0)), options).predict(2)]).toEqual([0, 0]);
  });

  it('fits through missing values and stays non-negative on a falling series', () => {
    const falling = Array.from({ length: 24 }, (_, t) => (t === 7 ? NaN : Math.max(0, 40 - 2 * t)));
    const forecast = thetaForecaster.fit(seriesOf(falling, 'quarterly'), options).predict(8);
    expect(forecast.every((v) => v >= 0 && Number.isFinite(v))).toBe(true);
  });
});

describe('optimisedThetaForecaster', () => {
  it('chooses a larger theta (more drift) for a trending line than for level noise', () => {
    const trendTheta = fitThetaLines(Float64Array.from(line), 'optimise')?.theta ?? 0;
    const noise = Float64Array.from({ length: 40 }, (_, t) => 50 + ((t * 37) % 11) - 5);
    const noiseTheta = fitThetaLines(noise, 'optimise')?.theta ?? 0;
    expect(trendTheta).toBeGreaterThan(2);
    expect(noiseTheta).toBeLessThan(trendTheta);
    expect(noiseTheta).toBeGreaterThanOrEqual(1);
  });

  it('names its chosen theta', () => {
    const model = optimisedThetaForecaster.fit(seriesOf(AIR_PASSENGERS.slice(0, 60), 'monthly'), options);
    expect(model.describe().parameters[0]?.name).toEqual({ code: 'theta' });
  });
});
