import type { ForecastRun } from './forecast-slice';
import { firstEntries } from './run-summary';

const SHOWN = 20;

interface Props {
  run: ForecastRun;
  /** Series index → why it has no forecast. */
  entries: Map<number, string>;
}

/** Series left out of the forecast file, and why (never dropped silently). */
export function UnforecastableList({ run, entries }: Props) {
  if (entries.size === 0) return null;
  return (
    <section className="panel" aria-labelledby="unforecastable-title">
      <h2 id="unforecastable-title">Not forecast ({entries.size})</h2>
      <p role="status" className="panel__hint">
        These series are left out of the forecast download.
      </p>
      <ul className="unforecastable">
        {firstEntries(entries, SHOWN).map(({ index, reason }) => (
          <li key={index}>
            <strong>{run.dataset.seriesIds[index]}</strong>: {reason}
          </li>
        ))}
      </ul>
      {entries.size > SHOWN && <p className="panel__hint">…and {entries.size - SHOWN} more.</p>}
    </section>
  );
}
