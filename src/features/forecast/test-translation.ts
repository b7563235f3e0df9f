/** A `t` of the forecast namespace in a given language, for Node tests of the wording helpers. */
import i18next from 'i18next';
import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-CN';
import type { Language } from '../../i18n/languages';
import type { ForecastT } from './forecast-t';

export function forecastT(language: Language): ForecastT {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en, 'zh-CN': zhCN },
    ns: ['forecast'],
    defaultNS: 'forecast',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.getFixedT(language, 'forecast');
}
