import { describe, it, expect } from 'vitest';
import { uniqueHeaderNames } from './header-names';

describe('uniqueHeaderNames', () => {
  it('trims names and names empty ones by position', () => {
    expect(uniqueHeaderNames([' date ', '', 'sales', '  '])).toEqual([
      'date',
      'column 2',
      'sales',
      'column 4',
    ]);
  });

  it('numbers repeated names, also when the numbered name is taken', () => {
    expect(uniqueHeaderNames(['sales', 'sales', 'sales (2)', 'sales'])).toEqual([
      'sales',
      'sales (2)',
      'sales (2) (2)',
      'sales (3)',
    ]);
  });
});
