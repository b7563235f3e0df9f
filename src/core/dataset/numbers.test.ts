import { describe, it, expect } from 'vitest';
import { makeNumberParser } from './numbers';

const dot = makeNumberParser({ decimal: '.', thousands: '' });
const dotComma = makeNumberParser({ decimal: '.', thousands: ',' });
const commaDot = makeNumberParser({ decimal: ',', thousands: '.' });
const commaSpace = makeNumberParser({ decimal: ',', thousands: ' ' });
const swiss = makeNumberParser({ decimal: '.', thousands: "'" });

describe('makeNumberParser', () => {
  it.each([
    ['12', 12],
    ['  12.5 ', 12.5],
    ['+3', 3],
    ['-0.25', -0.25],
    ['.5', 0.5],
    ['5.', 5],
    ['0.1', 0.1],
    ['1234567.891', 1234567.891],
    ['1e3', 1000],
    ['1.5E-2', 0.015],
    ['-2.5e+2', -250],
    ['(12)', -12],
    ['( 7.5 )', -7.5],
    ['€12.50', 12.5],
    ['12.50 €', 12.5],
    ['$ -3', -3],
    ['-$3', -3],
    ['£1,234.50', 1234.5],
    ['12%', 12],
    ['-0', 0],
    ['1,234,567', 1234567],
  ])('reads %j with dot decimals as %d', (text, expected) => {
    expect(dot(text)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    '12abc',
    'abc',
    '1,2,3',
    '12,34',
    '1.2.3',
    '--1',
    '+-1',
    '(-1)',
    '1e',
    '1e+',
    'e5',
    '.',
    '-',
    '€',
    '%',
    'NaN',
    'Infinity',
    '0x10',
    '12-',
    '1 2',
  ])('rejects %j with dot decimals', (text) => {
    expect(dot(text)).toBeNaN();
  });

  it('reads dot decimals with comma thousands, only when grouped by three', () => {
    expect(dotComma('1,234.50')).toBe(1234.5);
    expect(dotComma('12,345,678')).toBe(12345678);
    expect(dotComma('1234.5')).toBe(1234.5);
    expect(dotComma('1,23.5')).toBeNaN();
    expect(dotComma('1234,567')).toBeNaN();
    expect(dotComma('1,2345')).toBeNaN();
  });

  it('reads comma decimals with dot thousands (German Excel)', () => {
    expect(commaDot('12,5')).toBe(12.5);
    expect(commaDot('1.234,50')).toBe(1234.5);
    expect(commaDot('-1.234.567,891')).toBe(-1234567.891);
    expect(commaDot('1,5e3')).toBe(1500);
    expect(commaDot('12,50 €')).toBe(12.5);
    expect(commaDot('12.5')).toBeNaN();
    expect(commaDot('1,2,3')).toBeNaN();
  });

  it('reads comma decimals with space, no-break and narrow no-break space thousands (French Excel)', () => {
    expect(commaSpace('1 234,50')).toBe(1234.5);
    expect(commaSpace('1\u00a0234,50')).toBe(1234.5);
    expect(commaSpace('12\u202f345\u202f678')).toBe(12345678);
    expect(commaSpace('1 23,5')).toBeNaN();
  });

  it('reads apostrophe thousands (Swiss)', () => {
    expect(swiss("1'234'567.25")).toBe(1234567.25);
    expect(swiss("12'34")).toBeNaN();
  });

  it('gives correctly rounded values, also beyond 15 digits', () => {
    expect(dot('0.3')).toBe(0.3);
    // Number() is the engine's correctly rounded reader: the reference for long inputs.
    expect(dot('123456789.123456789')).toBe(Number('123456789.123456789'));
    expect(dot('1e300')).toBe(1e300);
    expect(dot('12345678901234567890')).toBe(Number('12345678901234567890'));
    expect(commaDot('0,000000000000000000000001')).toBe(1e-24);
  });

  it('reads a million cells quickly', () => {
    const cells = Array.from({ length: 1000 }, (_, i) => `${i * 7}.${i % 100}`);
    const started = performance.now();
    let sum = 0;
    for (let round = 0; round < 1000; round++) for (const cell of cells) sum += dot(cell);
    expect(sum).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
