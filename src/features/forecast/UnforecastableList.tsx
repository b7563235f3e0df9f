import { useTranslation } from 'react-i18next';
import type { ForecastRun } from './forecast-slice';
import { firstEntries } from '../../core/forecast/run-summary';
import { unforecastableReason, unforecastableText } from './unforecastable-reason';

const SHOWN = 20;

interface Props {
  run: ForecastRun;
  /** Series id → the worker's note on why it has no forecast. */
  entries: ReadonlyMap<string, string>;
}

/** Series left out of the forecast file, and why (never dropped silently). */
export function UnforecastableList({ run, entries }: Props) {
  const { t } = useTranslation('forecast');
  if (entries.size === 0) return null;
  const { dataset, results } = run;
  return (
    <section className="panel" aria-labelledby="unforecastable-title" data-testid="unforecastable">
      <h2 id="unforecastable-title">{t('unforecastable.title', { count: entries.size })}</h2>
      <p role="status" className="panel__hint">
        {t('unforecastable.hint')}
      </p>
      <ul className="unforecastable">
        {firstEntries(entries, SHOWN, (id) => results.positions.get(id) ?? Infinity).map(
          ({ id, rank: index }) => (
            <li key={id}>
              <strong>{dataset.seriesKeys[index]?.join('/') ?? dataset.seriesIds[index]}</strong>
              {t('colon')}
              {unforecastableText(unforecastableReason(dataset, results.failed, index), t)}
            </li>
          ),
        )}
      </ul>
      {entries.size > SHOWN && (
        <p className="panel__hint">{t('unforecastable.more', { count: entries.size - SHOWN })}</p>
      )}
    </section>
  );
}
