/** The ETS forms of Hyndman et al. (2008) that Shelfcast fits, and which of them a series allows. */

export type ErrorType = 'A' | 'M';
export type TrendType = 'N' | 'A' | 'Ad';
export type SeasonType = 'N' | 'A' | 'M';

export interface EtsForm {
  error: ErrorType;
  trend: TrendType;
  season: SeasonType;
}

/** ETS seasonal models refuse longer seasons, as R's `ets` does (m > 24): STL handles those. */
export const MAX_ETS_SEASON = 24;

export function formName(form: EtsForm): string {
  return `ETS(${form.error},${form.trend},${form.season})`;
}

/** Estimated quantities of a form: smoothing parameters, initial states and the error variance. */
export function parameterCount(form: EtsForm, period: number): number {
  let count = 1 + 1 + 1; // alpha, initial level, sigma
  if (form.trend !== 'N') count += 2; // beta, initial slope
  if (form.trend === 'Ad') count += 1; // phi
  if (form.season !== 'N') count += 1 + (period - 1); // gamma, initial seasonal states (they sum to neutral)
  return count;
}

/**
 * Forms worth trying. Multiplicative error or season needs strictly positive data; additive error
 * with multiplicative season is left out (infinite forecast variance, as R's `restrict`); seasonal
 * forms need a season of 2..24 and two full seasons; every form needs more observations than
 * parameters + 1 so AICc exists.
 */
export function candidateForms(
  observed: number,
  length: number,
  period: number,
  positive: boolean,
  allowSeasonal = true,
): EtsForm[] {
  const seasonal = allowSeasonal && period > 1 && period <= MAX_ETS_SEASON && length >= 2 * period;
  const errors: ErrorType[] = positive ? ['A', 'M'] : ['A'];
  const trends: TrendType[] = ['N', 'A', 'Ad'];
  const forms: EtsForm[] = [];
  for (const error of errors) {
    const seasons: SeasonType[] = !seasonal ? ['N'] : error === 'M' ? ['N', 'A', 'M'] : ['N', 'A'];
    for (const trend of trends) {
      for (const season of seasons) {
        const form = { error, trend, season };
        if (observed - parameterCount(form, period) - 1 > 0) forms.push(form);
      }
    }
  }
  return forms;
}
