/** Pure edits of a ColumnMapping, one per control of the mapping panel. */
import type { ColumnMapping, CovariateKind, DateReading } from '../../core/dataset/types';

/** The day/month order to offer when a date reading is one of the two that can be confused. */
export function swappedDayMonth(reading: DateReading): DateReading | null {
  if (reading === 'dmy') return 'mdy';
  if (reading === 'mdy') return 'dmy';
  return null;
}

/** Columns the mapping gives a role other than covariate: they cannot also be covariates. */
function roleColumns(mapping: ColumnMapping): Set<string> {
  const used = new Set<string>(mapping.series);
  for (const column of [mapping.date, mapping.target, mapping.availability, mapping.price]) {
    if (column) used.add(column);
  }
  return used;
}

/** Gives `column` a role, dropping it from the covariates so no column means two things. */
export function assignRole(
  mapping: ColumnMapping,
  role: 'date' | 'target' | 'availability' | 'price',
  column: string | null,
): ColumnMapping {
  const next = { ...mapping, [role]: column };
  return { ...next, covariates: next.covariates.filter((covariate) => covariate.column !== column) };
}

export function assignSeries(mapping: ColumnMapping, columns: string[]): ColumnMapping {
  const keys = new Set(columns);
  return {
    ...mapping,
    series: columns,
    date: mapping.date !== null && keys.has(mapping.date) ? null : mapping.date,
    target: mapping.target !== null && keys.has(mapping.target) ? null : mapping.target,
    covariates: mapping.covariates.filter((covariate) => !keys.has(covariate.column)),
  };
}

export function toggleCovariate(
  mapping: ColumnMapping,
  column: string,
  on: boolean,
  kind: CovariateKind,
): ColumnMapping {
  const others = mapping.covariates.filter((covariate) => covariate.column !== column);
  return { ...mapping, covariates: on ? [...others, { column, kind }] : others };
}

export function setCovariateKind(mapping: ColumnMapping, column: string, kind: CovariateKind): ColumnMapping {
  return {
    ...mapping,
    covariates: mapping.covariates.map((covariate) =>
      covariate.column === column ? { ...covariate, kind } : covariate,
    ),
  };
}

/** Marks a covariate as the retailer's own promotion, or takes the mark away. */
export function setCovariatePromotion(mapping: ColumnMapping, column: string, on: boolean): ColumnMapping {
  return {
    ...mapping,
    covariates: mapping.covariates.map((covariate) => {
      if (covariate.column !== column) return covariate;
      const { promotion: _mark, ...unmarked } = covariate;
      return on ? { ...unmarked, promotion: true as const } : unmarked;
    }),
  };
}

/** Columns that could be covariates: every column without another role, in file order. */
export function covariateCandidates(header: string[], mapping: ColumnMapping): string[] {
  const used = roleColumns(mapping);
  return header.filter((column) => !used.has(column));
}
