/**
 * Where each series' train and validation parts end (as `SeriesSplit` from forecast/split has
 * them): windows whose targets lie in [0, trainEnd) train, those in [trainEnd, validationEnd)
 * decide early stopping, and nothing from validationEnd on is ever read for either.
 */
export interface SeriesParts {
  trainEnd: number;
  validationEnd: number;
}
