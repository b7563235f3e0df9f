import { describe, it, expect } from 'vitest';
import { naiveForecaster } from './naive';
import { seriesOf } from './series-fixture';

const options = { horizon: 3, seed: 1 };

describe('naiveForecaster', () => {
  it('repeats the last observed value, skipping trailing missing periods', () => {
    const model = naiveForecaster.fit(seriesOf([4, 7, 5, NaN]), options);
    expect([...model.predict(3)]).toEqual([5, 5, 5]);
    expect([...model.fitted]).toEqual([NaN, 4, 7, 5]);
  });
  it('forecasts zero for a series with no value at all', () => {
    expect([...naiveForecaster.fit(seriesOf([NaN, NaN]), options).predict(2)]).toEqual([0, 0]);
  });
});
