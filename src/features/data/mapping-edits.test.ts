import { describe, it, expect } from 'vitest';
import type { ColumnMapping } from '../../core/dataset/types';
import {
  assignRole,
  assignSeries,
  covariateCandidates,
  setCovariateKind,
  setCovariatePromotion,
  swappedDayMonth,
  toggleCovariate,
} from './mapping-edits';

const mapping: ColumnMapping = {
  layout: 'long',
  date: 'date',
  dateReading: 'dmy',
  series: ['store'],
  target: 'sales',
  covariates: [
    { column: 'price', kind: 'numeric' },
    { column: 'promo', kind: 'binary', promotion: true },
  ],
  availability: null,
  price: null,
};
const header = ['date', 'store', 'item', 'sales', 'price', 'promo'];

describe('mapping edits', () => {
  it('offers the other day/month order only for the two confusable readings', () => {
    expect(swappedDayMonth('dmy')).toBe('mdy');
    expect(swappedDayMonth('mdy')).toBe('dmy');
    expect(swappedDayMonth('iso')).toBeNull();
  });

  it('moves a covariate column to the target role without leaving it a covariate', () => {
    const next = assignRole(mapping, 'target', 'promo');
    expect(next.target).toBe('promo');
    expect(next.covariates).toEqual([{ column: 'price', kind: 'numeric' }]);
  });

  it('makes key columns lose any other role', () => {
    const next = assignSeries(mapping, ['store', 'sales', 'price']);
    expect(next.series).toEqual(['store', 'sales', 'price']);
    expect(next.target).toBeNull();
    expect(next.covariates).toEqual([{ column: 'promo', kind: 'binary', promotion: true }]);
  });

  it('adds, removes and re-kinds covariates', () => {
    const added = toggleCovariate(mapping, 'item', true, 'categorical');
    expect(added.covariates.map((covariate) => covariate.column)).toEqual(['price', 'promo', 'item']);
    expect(toggleCovariate(added, 'price', false, 'numeric').covariates).toHaveLength(2);
    // Reading the flag as a number keeps it the retailer's promotion.
    expect(setCovariateKind(mapping, 'promo', 'numeric').covariates[1]).toEqual({
      column: 'promo',
      kind: 'numeric',
      promotion: true,
    });
  });

  it('marks a covariate as a promotion and takes the mark away, leaving the others alone', () => {
    const marked = setCovariatePromotion(mapping, 'price', true);
    expect(marked.covariates).toEqual([
      { column: 'price', kind: 'numeric', promotion: true },
      { column: 'promo', kind: 'binary', promotion: true },
    ]);
    expect(setCovariatePromotion(marked, 'promo', false).covariates).toEqual([
      { column: 'price', kind: 'numeric', promotion: true },
      { column: 'promo', kind: 'binary' },
    ]);
  });

  it('lists as covariate candidates the columns with no other role', () => {
    expect(covariateCandidates(header, mapping)).toEqual(['item', 'price', 'promo']);
  });
});
