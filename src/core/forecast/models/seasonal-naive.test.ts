import { describe, it, expect } from 'vitest';
import { seasonalNaiveForecaster } from './seasonal-naive';
import { seriesOf } from './series-fixture';

const options = { horizon: 8, seed: 1 };

describe('seasonalNaiveForecaster', () => {
  it('repeats the last season of quarterly data, cycling over a long horizon', () => {
    const model = seasonalNaiveForecaster.fit(seriesOf([1, 2, 3, 4, 10, 20, 30, 40], 'quarterly'), options);
    expect([...model.predict(6)]).toEqual([10, 20, 30, 40, 10, 20]);
    expect([...model.fitted]).toEqual([NaN, NaN, NaN, NaN, 1, 2, 3, 4]);
    expect(model.describe().form).toEqual({ code: 'seasonal-naive', period: 4 });
  });
  it('reaches back another season when last season has a gap', () => {
    const model = seasonalNaiveForecaster.fit(seriesOf([1, 2, 3, 4, 10, NaN, 30, 40], 'quarterly'), options);
    expect([...model.predict(4)]).toEqual([10, 2, 30, 40]);
  });
  it('falls back to naive for a series shorter than a season', () => {
    const model = seasonalNaiveForecaster.fit(seriesOf([5, 6, 9], 'monthly'), options);
    expect([...model.predict(3)]).toEqual([9, 9, 9]);
  });
});
