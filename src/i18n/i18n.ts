/**
 * The one i18next instance (docs/architecture.md, "Language"). Catalogues are bundled (no network),
 * one namespace per feature; `<html lang>` follows the language.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';
import { initialLanguage, rememberLanguage, type Language } from './languages';

export const DEFAULT_NAMESPACE = 'app';

export function startI18n(language: Language = initialLanguage()): typeof i18next {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en, 'zh-CN': zhCN },
    ns: Object.keys(en),
    defaultNS: DEFAULT_NAMESPACE,
    // React escapes text itself; i18next escaping would show `&amp;` to the user.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function switchLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  rememberLanguage(language);
}
