/** A translator of the `data` namespace for Node tests of the wording, in either language. */
import i18next, { type TFunction } from 'i18next';
import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-CN';
import type { Language } from '../../i18n/languages';

const instance = i18next.createInstance();
void instance.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en, 'zh-CN': zhCN },
  ns: Object.keys(en),
  defaultNS: 'data',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function dataT(language: Language = 'en'): TFunction<'data'> {
  return instance.getFixedT(language, 'data');
}
