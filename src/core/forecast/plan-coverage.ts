/**
 * How far the user's plan (rows after the last sales date that carry covariates such as a planned
 * price or promotion) reaches into the forecast horizon. Where it falls short, series-input.ts
 * carries the last known value forward, and the app must say so rather than assume silently.
 */
import type { Dataset } from '../dataset/types';

export interface PlanCoverage {
  /** Series whose plan covers every future period of the horizon. */
  planned: number;
  /** Series whose covariates are carried forward for at least one future period. */
  carriedForward: number;
  /** Ids of a few of those series, for the message. */
  examples: string[];
}

const EXAMPLES = 3;

/** Null when the dataset has no covariates (nothing to plan). */
export function planCoverage(dataset: Dataset, horizon: number): PlanCoverage | null {
  if (dataset.covariates.length === 0) return null;
  const seriesCount = dataset.seriesIds.length;
  let planned = 0;
  const examples: string[] = [];
  for (let s = 0; s < seriesCount; s++) {
    const end = dataset.seriesStart[s + 1] ?? dataset.dates.length;
    const planRows = end - (dataset.historyEnd[s] ?? end);
    if (planRows >= horizon) {
      planned++;
    } else if (examples.length < EXAMPLES) {
      examples.push(dataset.seriesIds[s] ?? String(s));
    }
  }
  return { planned, carriedForward: seriesCount - planned, examples };
}

/**
 * What the Forecast step says about the plan, as a code with its figures (worded by the page), or
 * null when the plan covers everything.
 */
export interface PlanCoverageNotice {
  code: 'plan-carried-forward';
  params: {
    /** Series whose covariates are carried forward for at least one future period. */
    series: number;
    /** Ids of a few of them. */
    examples: readonly string[];
    /** The covariates the file gives no plan for. */
    covariates: readonly string[];
  };
}

export function planCoverageNotice(
  coverage: PlanCoverage | null,
  covariateNames: readonly string[],
): PlanCoverageNotice | null {
  if (!coverage || coverage.carriedForward === 0) return null;
  return {
    code: 'plan-carried-forward',
    params: { series: coverage.carriedForward, examples: coverage.examples, covariates: covariateNames },
  };
}
