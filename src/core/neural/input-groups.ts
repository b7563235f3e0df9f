/**
 * The input list in groups a user recognises — sales lags, each covariate, calendar, last season,
 * series identity — with the columns each occupies, for permutation importance. Keys, not words:
 * the page names each group in the user's language.
 */
import { SALES_COLUMNS, SEASONAL_LAG_COLUMNS, type InputLayout } from './input-layout';

export interface InputGroup {
  /** 'sales', 'calendar', 'seasonal-lag', 'identity' or 'covariate:<name>'. */
  key: string;
  /** Columns of each lookback step. */
  stepColumns: number[];
  /** Columns of each horizon step. */
  futureStepColumns: number[];
  /** The group is the series identity (the window's series index). */
  identity: boolean;
}

const range = (start: number, count: number): number[] => Array.from({ length: count }, (_, i) => start + i);

export function inputGroups(layout: InputLayout): InputGroup[] {
  const groups: InputGroup[] = [
    {
      key: 'sales',
      stepColumns: range(0, SALES_COLUMNS),
      futureStepColumns: [],
      identity: false,
    },
  ];
  let offset = 0;
  for (const covariate of layout.covariates) {
    groups.push({
      key: `covariate:${covariate.name}`,
      stepColumns: range(SALES_COLUMNS + offset, covariate.columns),
      futureStepColumns: range(offset, covariate.columns),
      identity: false,
    });
    offset += covariate.columns;
  }
  groups.push({
    key: 'calendar',
    stepColumns: range(SALES_COLUMNS + offset, layout.calendarColumns),
    futureStepColumns: range(offset, layout.calendarColumns),
    identity: false,
  });
  if (layout.seasonalLag !== undefined) {
    groups.push({
      key: 'seasonal-lag',
      stepColumns: [],
      futureStepColumns: range(offset + layout.calendarColumns, SEASONAL_LAG_COLUMNS),
      identity: false,
    });
  }
  if (layout.seriesIdentity) {
    groups.push({
      key: 'identity',
      stepColumns: [],
      futureStepColumns: [],
      identity: true,
    });
  }
  return groups;
}
