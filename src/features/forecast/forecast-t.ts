/**
 * The forecast namespace's `t`, for the helpers that word results outside a component (auto-reason,
 * band-copy, model-options). Components pass their own `t` from `useTranslation('forecast')`;
 * callers that do not get the current language's (docs/architecture.md, "Language").
 */
import i18next, { type TFunction } from 'i18next';

export type ForecastT = TFunction<'forecast'>;

export function currentForecastT(): ForecastT {
  return i18next.getFixedT(null, 'forecast');
}

/** The current language's locale for number formats ('en' before i18next starts, as in Node tests). */
export function currentLocale(): string {
  return i18next.language || 'en';
}
