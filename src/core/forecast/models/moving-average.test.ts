import { describe, it, expect } from 'vitest';
import { movingAverageForecaster } from './moving-average';
import { seriesOf } from './series-fixture';

const options = { horizon: 4, seed: 1 };

describe('movingAverageForecaster', () => {
  it('picks a short window for a series that alternates around a shifting level', () => {
    // Alternating ±1 around 10 (then 20): a window of 2 averages the alternation out and follows the shift fastest.
    const values = [9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 19, 21, 19, 21, 19, 21, 19, 21, 19, 21, 19, 21];
    const model = movingAverageForecaster.fit(seriesOf(values, 'quarterly'), options);
    expect(model.describe().form).toEqual({ code: 'moving-average', window: 2 });
    expect([...model.predict(2)]).toEqual([20, 20]);
  });
  it('picks a long window for noise around a constant level', () => {
    const noise = [3, -1, 4, -1, -5, 9, -2, 6, -5, 3, -5, 8, -9, 7, -9, 3, 2, -3, 8, -4, 6, -2, -6, 4];
    const model = movingAverageForecaster.fit(
      seriesOf(
        noise.map((e) => 100 + e),
        'quarterly',
      ),
      options,
    );
    expect(model.describe().parameters[0]?.value).toBe(12);
    const lastTwelve = noise.slice(-12).reduce((s, e) => s + 100 + e, 0) / 12;
    expect(model.predict(1)[0]).toBeCloseTo(lastTwelve, 10);
  });
  it('ignores missing values in the mean', () => {
    const model = movingAverageForecaster.fit(seriesOf([4, 4, 4, 4, 4, NaN], 'quarterly'), options);
    expect([...model.predict(1)]).toEqual([4]);
  });
});
