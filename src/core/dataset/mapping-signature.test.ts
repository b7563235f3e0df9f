import { describe, it, expect } from 'vitest';
import { mappingSignature } from './mapping-signature';

describe('mappingSignature', () => {
  it('matches the same columns in another order, case and spacing', () => {
    expect(mappingSignature(['date', 'Store', 'sales'])).toBe(mappingSignature([' Sales', 'DATE', 'store ']));
  });

  it('differs when a column is added, removed or renamed', () => {
    const base = mappingSignature(['date', 'store', 'sales']);
    expect(mappingSignature(['date', 'store', 'sales', 'price'])).not.toBe(base);
    expect(mappingSignature(['date', 'sales'])).not.toBe(base);
    expect(mappingSignature(['date', 'item', 'sales'])).not.toBe(base);
  });

  it('does not merge two column names into one', () => {
    expect(mappingSignature(['a,b', 'c'])).not.toBe(mappingSignature(['a', 'b,c']));
  });
});
