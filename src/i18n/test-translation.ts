/** A `t` of one namespace in a given language, for Node tests of the wording helpers. */
import i18next, { type TFunction } from 'i18next';
import { en } from './en';
import type { Language } from './languages';
import { zhCN } from './zh-CN';

export function translatorFor<N extends keyof typeof en>(language: Language, namespace: N): TFunction<N> {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en, 'zh-CN': zhCN },
    ns: [namespace],
    defaultNS: namespace,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.getFixedT(language, namespace);
}
