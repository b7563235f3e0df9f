/**
 * Fewer observed sales values than this and a series is listed as too short, not forecast. Core,
 * so the forecast worker (which applies it) and the page (which says why a series was left out)
 * read the same number.
 */
export const MIN_OBSERVED_PERIODS = 4;
