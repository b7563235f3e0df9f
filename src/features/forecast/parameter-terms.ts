/**
 * Which catalogue entry explains a fitted parameter. The models name their parameters in a short
 * technical form (core/forecast/models: 'alpha', 'sma1', 'sigma^2', 'lag 7'); this maps each known
 * name to a key of `explanation.parameters` with its figure, and leaves any other name (a covariate's
 * column, a calendar effect) as the user's own word.
 */
export type ParameterTerm =
  | 'alpha'
  | 'beta'
  | 'gamma'
  | 'phi'
  | 'theta'
  | 'drift'
  | 'level'
  | 'initialLevel'
  | 'initialSlope'
  | 'mean'
  | 'intercept'
  | 'lastValue'
  | 'window'
  | 'seasonLength'
  | 'sigma2'
  | 'alphaSize'
  | 'betaProbability'
  | 'demandProbability'
  | 'demandInterval'
  | 'demandSize';

export type NumberedTerm = 'ar' | 'ma' | 'sar' | 'sma' | 'lag';

const NAMED: Record<string, ParameterTerm> = {
  alpha: 'alpha',
  beta: 'beta',
  gamma: 'gamma',
  phi: 'phi',
  theta: 'theta',
  drift: 'drift',
  level: 'level',
  'initial level': 'initialLevel',
  'initial slope': 'initialSlope',
  mean: 'mean',
  intercept: 'intercept',
  'last value': 'lastValue',
  window: 'window',
  'season length': 'seasonLength',
  'sigma^2': 'sigma2',
  'alpha (size)': 'alphaSize',
  'beta (probability)': 'betaProbability',
  'demand probability': 'demandProbability',
  'interval between demands': 'demandInterval',
  'demand size': 'demandSize',
};

const NUMBERED = /^(sar|sma|ar|ma|lag )(\d+)$/;

export function parameterTerm(
  name: string,
): { term: ParameterTerm } | { term: NumberedTerm; n: number } | null {
  const named = NAMED[name];
  if (named !== undefined) return { term: named };
  const match = NUMBERED.exec(name);
  if (match === null) return null;
  const prefix = (match[1] as string).trim() as NumberedTerm;
  return { term: prefix, n: Number(match[2]) };
}

/** Which family of model forms a form string belongs to, for the line that explains its notation. */
export function formFamily(form: string): 'ets' | 'arima' | null {
  if (/^ETS\(/.test(form)) return 'ets';
  if (/ARIMA\(/.test(form)) return 'arima';
  return null;
}
