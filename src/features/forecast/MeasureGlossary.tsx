import { useTranslation } from 'react-i18next';
import type { MetricField } from '../../core/forecast/score-layout';

/** The error measures the leaderboard shows; each has a name and a one-line explanation. */
export type Measure = Extract<
  MetricField,
  'mase' | 'smape' | 'wape' | 'mae' | 'rmse' | 'mse' | 'mape' | 'bias'
>;

const PARTS = ['train', 'validation', 'test'] as const;

/**
 * Every measure and part of the leaderboard in plain words, in a disclosure a keyboard and a
 * screen reader reach like any other (the table headers also carry them as `title`, for the mouse).
 */
export function MeasureGlossary({ measures }: { measures: readonly Measure[] }) {
  const { t } = useTranslation('forecast');
  return (
    <details className="glossary" data-testid="measure-glossary">
      <summary>{t('metrics.glossary')}</summary>
      <dl className="glossary__list">
        {measures.map((measure) => (
          <div key={measure} className="glossary__entry">
            <dt>{t(`measures.${measure}.name`)}</dt>
            <dd>{t(`measures.${measure}.help`)}</dd>
          </div>
        ))}
        <div className="glossary__entry">
          <dt>{t('measures.coverage.name')}</dt>
          <dd>{t('measures.coverage.help')}</dd>
        </div>
      </dl>
      <ul className="glossary__parts">
        {PARTS.map((part) => (
          <li key={part}>{t(`partHelp.${part}`)}</li>
        ))}
      </ul>
    </details>
  );
}
