/**
 * Numbers and dates for the page, in the user's language (exports stay machine-readable and do not
 * use these). Formatters are cached per locale and option set: building an Intl formatter is slow.
 */
import { useTranslation } from 'react-i18next';

const cache = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** The current language's locale, for components that format numbers or dates. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return i18n.language;
}
