import { describe, it, expect } from 'vitest';
import { sniffFormat, splitRecords } from './sniff';

describe('sniffFormat: delimiter', () => {
  it.each([
    ['date,store,sales\n2024-01-01,A,5\n2024-01-02,A,7\n', ','],
    ['date;sales\n2024-01-01;12,5\n2024-01-02;3,25\n', ';'],
    ['date\tsales\n2024-01-01\t1,234\n', '\t'],
    ['date|item|sales\n2024-01-01|a,b|5\n', '|'],
    ['date;note;sales\r\n2024-01-01;"a; b";5\r\n2024-01-02;x;6\r\n', ';'],
    ['date\rsales\r', ','],
  ])('%j → %j', (sample, delimiter) => {
    expect(sniffFormat(sample).delimiter).toBe(delimiter);
  });

  it('is not fooled by delimiters and newlines inside quoted fields', () => {
    const sample = 'id,comment,qty\n1,"tea; milk; sugar",3\n2,"line one\nline two; more",4\n3,"a|b|c",5\n';
    expect(sniffFormat(sample).delimiter).toBe(',');
    const semicolons = 'id;comment;qty\n1;"a, b, c";3\n2;"x,\ny";4\n';
    expect(sniffFormat(semicolons).delimiter).toBe(';');
  });

  it('chooses by consistency, not by count: a comma-decimal ; file has commas in every row', () => {
    const sample = 'date;store;sales\n2024-01-01;A;1,5\n2024-01-02;A;2,5\n2024-01-03;A;3,5\n';
    expect(sniffFormat(sample)).toEqual({ delimiter: ';', number: { decimal: ',', thousands: '' } });
  });

  it('handles a header-only sample and a single column', () => {
    expect(sniffFormat('date;sales').delimiter).toBe(';');
    expect(sniffFormat('sales\n1\n2\n').delimiter).toBe(',');
  });
});

describe('sniffFormat: numbers', () => {
  it.each([
    ['a,b\nx,12.5\ny,3\n', { decimal: '.', thousands: '' }],
    ['a,b\nx,"1,234.50"\ny,"12,345"\n', { decimal: '.', thousands: ',' }],
    ['a;b\nx;12,5\n', { decimal: ',', thousands: '' }],
    ['a;b\nx;1.234,50\ny;2.345.678\n', { decimal: ',', thousands: '.' }],
    ['a;b\nx;1 234,50\n', { decimal: ',', thousands: ' ' }],
    ['a;b\nx;1\u00a0234,50\n', { decimal: ',', thousands: ' ' }],
    ['a;b\nx;1\u202f234\u202f567,5\n', { decimal: ',', thousands: ' ' }],
    ["a,b\nx,1'234.50\n", { decimal: '.', thousands: "'" }],
    ['a\tb\nx\t€1,234\ny\t€12.75\n', { decimal: '.', thousands: ',' }],
    ['a;b\nx;5\ny;7\n', { decimal: ',', thousands: '' }],
    ['a,b\nx,5\ny,7\n', { decimal: '.', thousands: '' }],
    ['a;b\nx;1.234\ny;5.678\n', { decimal: ',', thousands: '.' }],
    ['a;b\nx;0,500\ny;1,250\n', { decimal: ',', thousands: '' }],
  ])('%j → %j', (sample, number) => {
    expect(sniffFormat(sample).number).toEqual(number);
  });

  it('ignores dates and text that only look numeric', () => {
    const sample = 'date;sales\n05.03.2024;12.5\n06.03.2024;13.25\n07.03.2024;abc\n';
    expect(sniffFormat(sample).number).toEqual({ decimal: '.', thousands: '' });
  });
});

describe('splitRecords', () => {
  it('splits quote-aware with CRLF, LF and lone CR, dropping blank lines and an unfinished last record', () => {
    expect(splitRecords('a,"b,""c"""\r\n\r\n1,"x\ny"\r2,3\n4,', ',')).toEqual([
      ['a', 'b,"c"'],
      ['1', 'x\ny'],
      ['2', '3'],
    ]);
  });
});
