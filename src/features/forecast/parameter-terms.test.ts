import { describe, expect, it } from 'vitest';
import { formFamily, parameterTerm } from './parameter-terms';

describe('parameterTerm', () => {
  it('finds the explanation of named and numbered model parameters', () => {
    expect(parameterTerm('alpha')).toEqual({ term: 'alpha' });
    expect(parameterTerm('sigma^2')).toEqual({ term: 'sigma2' });
    expect(parameterTerm('initial slope')).toEqual({ term: 'initialSlope' });
    expect(parameterTerm('sma1')).toEqual({ term: 'sma', n: 1 });
    expect(parameterTerm('ar12')).toEqual({ term: 'ar', n: 12 });
    expect(parameterTerm('lag 7')).toEqual({ term: 'lag', n: 7 });
  });

  it("leaves the user's own column names alone", () => {
    expect(parameterTerm('price')).toBeNull();
    expect(parameterTerm('day: Mon')).toBeNull();
    expect(parameterTerm('area1')).toBeNull();
  });
});

describe('formFamily', () => {
  it('recognises the ETS and ARIMA notations', () => {
    expect(formFamily('ETS(A,Ad,A)')).toBe('ets');
    expect(formFamily('ARIMA(1,0,1)(0,1,1)[7]')).toBe('arima');
    expect(formFamily('Seasonal naive [7]')).toBeNull();
  });
});
