import { useRef, useState } from 'react';
import { useAppStore } from '../../app/store';
import { importFile } from './import-controller';

interface Sample {
  testId: string;
  label: string;
  detail: string;
  path: string;
}

const SAMPLES: Sample[] = [
  {
    testId: 'load-sample',
    label: 'Try the sample data',
    detail: 'Synthetic daily retail sales',
    path: 'samples/retail-synthetic-daily.csv',
  },
  {
    testId: 'load-sample-aus-retail',
    label: 'Australian retail',
    detail: 'Monthly turnover, ABS (CC BY 4.0)',
    path: 'samples/aus-retail-monthly.csv',
  },
];

const ACCEPTED = '.csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,text/plain';

/** The ways in: choose a file, drop one (anywhere on the page), or load a bundled sample. */
export function LoadPanel({ compact }: { compact: boolean }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const busy = useAppStore((state) => state.data.importing !== null);
  const [sampleProblem, setSampleProblem] = useState<string | null>(null);

  async function loadSample(sample: Sample) {
    setSampleProblem(null);
    try {
      const response = await fetch(`${import.meta.env.BASE_URL}${sample.path}`);
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const blob = await response.blob();
      const name = sample.path.split('/').pop() ?? 'sample.csv';
      importFile(new File([blob], name, { type: 'text/csv' }));
    } catch (error) {
      setSampleProblem(
        `The sample could not be fetched: ${error instanceof Error ? error.message : String(error)}.`,
      );
    }
  }

  return (
    <section
      className={`panel load-panel${compact ? ' load-panel--compact' : ''}`}
      aria-labelledby="load-title"
    >
      <div className="load-panel__drop">
        <div className="load-panel__icon" aria-hidden="true" />
        <div>
          <h1 id="load-title" className="load-panel__title">
            {compact ? 'Load another file' : 'Load your sales history'}
          </h1>
          <p className="load-panel__hint">
            {compact
              ? 'Drop it anywhere on this page or choose one. The data below stays until the new file has loaded.'
              : 'Drop a CSV, TSV, TXT or Excel (.xlsx) file anywhere on this page, or choose one. It is read on this device and never uploaded.'}
          </p>
        </div>
        <label className="button button--primary load-panel__choose">
          Choose a file…
          <input
            ref={inputRef}
            className="visually-hidden"
            type="file"
            accept={ACCEPTED}
            data-testid="file-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) importFile(file);
              // Let the same file be chosen again after a fix.
              event.target.value = '';
            }}
          />
        </label>
      </div>
      <div className="load-panel__samples">
        <span className="load-panel__samples-label">{compact ? 'Samples:' : 'No file at hand?'}</span>
        {SAMPLES.map((sample) => (
          <button
            key={sample.testId}
            type="button"
            className="button sample-button"
            data-testid={sample.testId}
            disabled={busy}
            onClick={() => void loadSample(sample)}
          >
            <span className="sample-button__label">{sample.label}</span>
            <span className="sample-button__detail">{sample.detail}</span>
          </button>
        ))}
      </div>
      {sampleProblem && (
        <p role="alert" className="note note--alert">
          {sampleProblem}
        </p>
      )}
    </section>
  );
}
