import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../i18n/LanguageSelect';
import { useAppStore } from './store';
import type { Step } from '../features/shared/navigation-slice';

const STEPS = ['data', 'forecast', 'inventory'] as const satisfies readonly Step[];

export function AppHeader() {
  const step = useAppStore((state) => state.step);
  const goTo = useAppStore((state) => state.goTo);
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__logo" aria-hidden="true" />
        <span className="app-header__name">{t('name')}</span>
        <span className="app-header__tagline">{t('tagline')}</span>
      </div>
      <nav className="app-nav" aria-label={t('steps.label')}>
        <ol className="app-nav__steps">
          {STEPS.map((target, index) => (
            <li key={target}>
              <button
                type="button"
                className="app-nav__step"
                aria-current={step === target ? 'step' : undefined}
                onClick={() => goTo(target)}
              >
                <span className="app-nav__number" aria-hidden="true">
                  {index + 1}
                </span>
                {t(`steps.${target}`)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <button
        type="button"
        className="app-header__about"
        aria-current={step === 'about' ? 'page' : undefined}
        onClick={() => goTo('about')}
      >
        {t('about')}
      </button>
      <LanguageSelect />
    </header>
  );
}
