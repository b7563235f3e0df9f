import { useAppStore } from './store';
import type { Step } from './navigation-slice';

const STEPS: { step: Step; label: string }[] = [
  { step: 'data', label: 'Data' },
  { step: 'forecast', label: 'Forecast' },
  { step: 'inventory', label: 'Inventory' },
];

export function AppHeader() {
  const step = useAppStore((state) => state.step);
  const goTo = useAppStore((state) => state.goTo);
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__logo" aria-hidden="true" />
        <span className="app-header__name">Shelfcast</span>
        <span className="app-header__tagline">Private sales forecasting</span>
      </div>
      <nav className="app-nav" aria-label="Steps">
        <ol className="app-nav__steps">
          {STEPS.map(({ step: target, label }, index) => (
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
                {label}
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
        About &amp; privacy
      </button>
    </header>
  );
}
