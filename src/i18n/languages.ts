/** The languages Shelfcast speaks; the values are those of `lang-select` and of `<html lang>`. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'shelfcast.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Any browser language starting with `zh` (zh, zh-TW, zh-Hans-CN…) reads Chinese; anything else English. */
export function languageFor(browserLanguages: readonly string[]): Language {
  const first = browserLanguages[0] ?? 'en';
  return first.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The user's last choice wins over the browser's language; storage may be unavailable (private mode). */
export function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // No storage: fall through to the browser's language.
  }
  return languageFor(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across visits; the switch itself still works.
  }
}
