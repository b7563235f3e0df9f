import { ProgressBar } from '../../app/ProgressBar';
import { useAppStore } from '../../app/store';
import { cancelImport } from './import-controller';
import { formatBytes, formatCount } from './format';

export function ImportProgressBar() {
  const importing = useAppStore((state) => state.data.importing);
  if (!importing) return null;
  const { fileName, bytes, totalBytes, rows, cancelling } = importing;
  const percent = totalBytes > 0 ? Math.round((bytes / totalBytes) * 100) : 0;
  return (
    <section className="panel import-progress" aria-label={`Loading ${fileName}`}>
      <div className="import-progress__text">
        <strong>{cancelling ? 'Cancelling…' : `Reading “${fileName}”`}</strong>
        <span>
          {formatBytes(bytes)} of {formatBytes(totalBytes)} · {formatCount(rows)} rows
        </span>
      </div>
      <ProgressBar
        value={percent}
        max={100}
        valueText={`${percent}% read, ${formatCount(rows)} rows`}
        testId="import-progress"
      />
      <button
        type="button"
        className="button button--quiet"
        data-testid="cancel-import"
        disabled={cancelling}
        onClick={cancelImport}
      >
        Cancel
      </button>
    </section>
  );
}
