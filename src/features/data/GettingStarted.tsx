import { useTranslation } from 'react-i18next';

const STEPS = ['load', 'check', 'forecast'] as const;

/** Shown before any data is loaded: what the app does, in three steps. */
export function GettingStarted() {
  const { t } = useTranslation('data');
  return (
    <ol className="getting-started">
      {STEPS.map((step, index) => (
        <li key={step} className="getting-started__step">
          <span className="getting-started__number" aria-hidden="true">
            {index + 1}
          </span>
          <h2>{t(`start.${step}.title`)}</h2>
          <p>{t(`start.${step}.text`)}</p>
        </li>
      ))}
    </ol>
  );
}
