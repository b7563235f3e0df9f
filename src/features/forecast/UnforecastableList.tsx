import type { ForecastRun } from './forecast-slice';

const SHOWN = 20;

interface Props {
  run: ForecastRun;
  entries: { index: number; reason: string }[];
}

/** Series left out of the forecast file, and why (never dropped silently). */
export function UnforecastableList({ run, entries }: Props) {
  if (entries.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="unforecastable-title">
      <h2 id="unforecastable-title">Not forecast ({entries.length})</h2>
      <p role="status" className="panel__hint">
        These series are left out of the forecast download.
      </p>
      <ul className="unforecastable">
        {entries.slice(0, SHOWN).map(({ index, reason }) => (
          <li key={index}>
            <strong>{run.dataset.seriesIds[index]}</strong>: {reason}
          </li>
        ))}
      </ul>
      {entries.length > SHOWN && <p className="panel__hint">…and {entries.length - SHOWN} more.</p>}
    </section>
  );
}
