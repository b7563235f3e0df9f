import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage } from './languages';
import { switchLanguage } from './i18n';

/** `lang-select`: switches the whole page at once, without a reload. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-select">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        data-testid="lang-select"
        value={i18n.language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void switchLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
