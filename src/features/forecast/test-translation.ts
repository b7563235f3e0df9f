/** A `t` of the forecast namespace in a given language, for Node tests of the wording helpers. */
import type { Language } from '../../i18n/languages';
import { translatorFor } from '../../i18n/test-translation';
import type { ForecastT } from './forecast-t';

export const forecastT = (language: Language): ForecastT => translatorFor(language, 'forecast');
