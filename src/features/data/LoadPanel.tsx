import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../shared/store';
import { importFile } from './import-controller';

interface Sample {
  testId: string;
  /** Key of its label and detail under `load.samples`. */
  key: 'retail' | 'ausRetail';
  path: string;
}

const SAMPLES: Sample[] = [
  { testId: 'load-sample', key: 'retail', path: 'samples/retail-synthetic-daily.csv' },
  { testId: 'load-sample-aus-retail', key: 'ausRetail', path: 'samples/aus-retail-monthly.csv' },
];

const ACCEPTED = '.csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,text/plain';

/** Why a sample did not arrive: the server's status, or the fetch's own words. */
type SampleProblem = { status: number } | { detail: string };

/** The ways in: choose a file, drop one (anywhere on the page), or load a bundled sample. */
export function LoadPanel({ compact }: { compact: boolean }) {
  const { t } = useTranslation('data');
  const inputRef = useRef<HTMLInputElement>(null);
  const busy = useAppStore((state) => state.data.importing !== null);
  const [sampleProblem, setSampleProblem] = useState<SampleProblem | null>(null);

  async function loadSample(sample: Sample) {
    setSampleProblem(null);
    try {
      const response = await fetch(`${import.meta.env.BASE_URL}${sample.path}`);
      if (!response.ok) {
        setSampleProblem({ status: response.status });
        return;
      }
      const blob = await response.blob();
      const name = sample.path.split('/').pop() ?? 'sample.csv';
      importFile(new File([blob], name, { type: 'text/csv' }));
    } catch (error) {
      setSampleProblem({ detail: error instanceof Error ? error.message : String(error) });
    }
  }

  const problemDetail =
    sampleProblem === null
      ? null
      : 'status' in sampleProblem
        ? t('load.serverAnswered', { status: sampleProblem.status })
        : sampleProblem.detail;

  return (
    <section
      className={`panel load-panel${compact ? ' load-panel--compact' : ''}`}
      aria-labelledby="load-title"
    >
      <div className="load-panel__drop">
        <div className="load-panel__icon" aria-hidden="true" />
        <div className="load-panel__text">
          {/* The step's main heading: the app moves focus here when the Data step is opened. */}
          <h1 id="load-title" className="load-panel__title" tabIndex={-1}>
            {compact ? t('load.titleAgain') : t('load.title')}
          </h1>
          <p className="load-panel__hint">{compact ? t('load.hintAgain') : t('load.hint')}</p>
        </div>
        <label className="button button--primary load-panel__choose">
          {t('load.choose')}
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
        <span className="load-panel__samples-label">
          {compact ? t('load.samplesIntroAgain') : t('load.samplesIntro')}
        </span>
        {SAMPLES.map((sample) => (
          <button
            key={sample.testId}
            type="button"
            className="button sample-button"
            data-testid={sample.testId}
            disabled={busy}
            onClick={() => void loadSample(sample)}
          >
            <span className="sample-button__label">{t(`load.samples.${sample.key}.label`)}</span>
            <span className="sample-button__detail">{t(`load.samples.${sample.key}.detail`)}</span>
          </button>
        ))}
      </div>
      {problemDetail !== null && (
        <p role="alert" className="note note--alert">
          {t('load.sampleFailed', { detail: problemDetail })}
        </p>
      )}
    </section>
  );
}
