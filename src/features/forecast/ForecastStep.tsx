import { memo, useCallback, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../shared/store';
import { AccuracyHeadline } from './AccuracyHeadline';
import { aggregateResults } from './aggregate';
import { bandFrequencyWords } from './band-copy';
import { ClosedPeriodsNote } from './ClosedPeriodsNote';
import { ExportButtons } from './ExportButtons';
import { ForecastOutlook } from './ForecastOutlook';
import { IntervalLevelSelect } from './IntervalLevelSelect';
import { IntervalNote } from './IntervalNote';
import { isTraining, startTraining } from './forecast-controller';
import { fingerprintOf } from './forecast-settings';
import type { ForecastRun } from './forecast-slice';
import { MetricsTable } from './MetricsTable';
import { slotLabel } from './model-options';
import { ModelSettingsPanel } from './ModelSettingsPanel';
import { NeuralSavedModels } from './NeuralSavedModels';
import { PlanNote } from './PlanNote';
import { TrainingProgress } from './TrainingProgress';
import { UnforecastableList } from './UnforecastableList';
import './forecast.css';

function NoData() {
  const { t } = useTranslation('forecast');
  const goTo = useAppStore((state) => state.goTo);
  return (
    <section className="panel forecast-empty" aria-labelledby="forecast-title">
      <h1 id="forecast-title">{t('title')}</h1>
      <p>{t('noData.text')}</p>
      <button type="button" className="button button--primary" onClick={() => goTo('data')}>
        {t('noData.goToData')}
      </button>
    </section>
  );
}

interface PanelsProps {
  run: ForecastRun;
  /** The band level shown (one of BAND_LEVELS). */
  level: number;
  selected: number;
  onSelect(index: number): void;
}

/**
 * Leaderboard, chart and series table. Memoised and fed a deferred run (below), so each streaming
 * refresh renders them in React's background pass, which yields to the browser every few ms: on a
 * busy machine a refresh becomes many short tasks instead of one long one.
 */
const ResultPanels = memo(function ResultPanels({ run, level, selected, onSelect }: PanelsProps) {
  const { t } = useTranslation('forecast');
  const { results } = run;
  const rows = useMemo(() => aggregateResults(results), [results]);
  // Kept up to date as series arrive (reading it is O(models), not O(series)).
  const summary = results.summary;
  const seriesIndex = Math.min(selected, results.seriesIds.length - 1);
  return (
    <>
      {rows.length > 0 && (
        <>
          <div className="forecast-results__bar">
            <p>
              {t('results.summary', {
                forecast: summary.forecast,
                total: results.seriesIds.length,
                count: run.settings.horizon,
                model: slotLabel(run.settings.model, t),
              })}
            </p>
            <ExportButtons run={run} forecastCount={summary.forecast} />
          </div>
          <ClosedPeriodsNote run={run} />
          <div className="forecast-results__interval">
            <IntervalLevelSelect />
            <IntervalNote run={run} level={level} />
          </div>
          <MetricsTable rows={rows} metric={run.settings.metric} choices={summary.choices} />
          <ForecastOutlook run={run} level={level} selected={seriesIndex} onSelect={onSelect} />
        </>
      )}
      <UnforecastableList run={run} entries={summary.unforecastable} />
    </>
  );
});

function Results({ run }: { run: ForecastRun }) {
  const selected = useAppStore((state) => state.forecast.selectedSeries);
  const level = useAppStore((state) => state.forecast.settings.level);
  const updateForecast = useAppStore((state) => state.updateForecast);
  const select = useCallback(
    (index: number): void => updateForecast({ selectedSeries: index }),
    [updateForecast],
  );
  // The progress line follows every refresh at once; the panels follow when the browser has time.
  const deferredRun = useDeferredValue(run);
  return (
    <>
      <TrainingProgress run={run} summary={run.results.summary} />
      {run.status !== 'running' && <AccuracyHeadline run={run} />}
      <ResultPanels run={deferredRun} level={level} selected={selected} onSelect={select} />
    </>
  );
}

/** The Forecast step: settings, the run, and its results as they stream in. */
export function ForecastStep() {
  const { t } = useTranslation('forecast');
  const loaded = useAppStore((state) => state.data.loaded);
  const run = useAppStore((state) => state.forecast.run);
  const settings = useAppStore((state) => state.forecast.settings);
  const level = settings.level;
  // Hashes a sample of the data: once per data or settings change, not per render.
  const current = useMemo(
    () => (loaded === null ? '' : fingerprintOf(loaded.dataset, settings)),
    [loaded, settings],
  );
  if (loaded === null) return <NoData />;
  const dataset = loaded.dataset;
  const running = run?.status === 'running';
  const stale = run !== null && run.fingerprint !== current;
  return (
    <div className="forecast-step">
      <section className="panel forecast-intro" aria-labelledby="forecast-title">
        <div>
          <h1 id="forecast-title">{t('title')}</h1>
          <p>{t('intro.text', { count: dataset.seriesIds.length, often: bandFrequencyWords(level, t) })}</p>
        </div>
        <button
          type="button"
          className="button button--primary button--large"
          data-testid="train"
          disabled={running || isTraining()}
          onClick={startTraining}
        >
          {running ? t('train.running') : run === null ? t('train.start') : t('train.again')}
        </button>
      </section>
      <ModelSettingsPanel frequency={dataset.frequency} disabled={running} />
      <PlanNote dataset={dataset} />
      <NeuralSavedModels dataset={dataset} disabled={running} />
      {stale && (
        <p role="status" className="note note--status">
          {t('stale')}
        </p>
      )}
      {run !== null && <Results run={run} />}
    </div>
  );
}
