import { memo, useCallback, useDeferredValue, useMemo } from 'react';
import { useAppStore } from '../../app/store';
import { aggregateResults } from './aggregate';
import { bandFrequencyWords } from './band-copy';
import { ClosedPeriodsNote } from './ClosedPeriodsNote';
import { ExportButtons } from './ExportButtons';
import { ForecastChart } from './ForecastChart';
import { IntervalLevelSelect } from './IntervalLevelSelect';
import { IntervalNote } from './IntervalNote';
import { isTraining, startTraining } from './forecast-controller';
import type { ForecastRun } from './forecast-slice';
import { MetricsTable } from './MetricsTable';
import { ModelSettingsPanel } from './ModelSettingsPanel';
import { NeuralSavedModels } from './NeuralSavedModels';
import { PlanNote } from './PlanNote';
import { SeriesOutlook } from './SeriesOutlook';
import { SeriesTable } from './SeriesTable';
import { TrainingProgress } from './TrainingProgress';
import { UnforecastableList } from './UnforecastableList';
import './forecast.css';

function NoData() {
  const goTo = useAppStore((state) => state.goTo);
  return (
    <section className="panel forecast-empty" aria-labelledby="forecast-title">
      <h1 id="forecast-title">Forecast</h1>
      <p>
        Load sales data first: open a file or try the sample data, then come back here to forecast every
        product.
      </p>
      <button type="button" className="button button--primary" onClick={() => goTo('data')}>
        Go to Data
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
  const { results } = run;
  // The results object is filled in place; each refresh is a new `run` object.
  const rows = useMemo(() => aggregateResults(run.results), [run]);
  // Kept up to date as series arrive (reading it is O(models), not O(series)).
  const summary = results.summary;
  const seriesIndex = Math.min(selected, results.seriesCount - 1);
  return (
    <>
      {rows.length > 0 && (
        <>
          <div className="forecast-results__bar">
            <p>
              {summary.forecast} of {results.seriesCount} series forecast {run.settings.horizon} periods ahead
              {run.settings.model === 'auto'
                ? ', each by the method that did best on sales it had not seen'
                : ''}
              .
            </p>
            <ExportButtons run={run} forecastCount={summary.forecast} />
          </div>
          <ClosedPeriodsNote run={run} />
          <div className="forecast-results__interval">
            <IntervalLevelSelect />
            <IntervalNote run={run} level={level} />
          </div>
          <MetricsTable rows={rows} metric={run.settings.metric} choices={summary.choices} />
          <ForecastChart run={run} level={level} seriesIndex={seriesIndex} />
          <SeriesOutlook run={run} level={level} seriesIndex={seriesIndex} />
          <SeriesTable run={run} selected={seriesIndex} onSelect={onSelect} />
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
      <ResultPanels run={deferredRun} level={level} selected={selected} onSelect={select} />
    </>
  );
}

/** The Forecast step: settings, the run, and its results as they stream in. */
export function ForecastStep() {
  const loaded = useAppStore((state) => state.data.loaded);
  const run = useAppStore((state) => state.forecast.run);
  const level = useAppStore((state) => state.forecast.settings.level);
  if (loaded === null) return <NoData />;
  const dataset = loaded.dataset;
  const running = run?.status === 'running';
  const stale = run !== null && run.dataset !== dataset;
  return (
    <div className="forecast-step">
      <section className="panel forecast-intro" aria-labelledby="forecast-title">
        <div>
          <h1 id="forecast-title">Forecast</h1>
          <p>
            Shelfcast tries several forecasting methods on each of your {dataset.seriesIds.length} series,
            checks each one on recent sales it did not see, and keeps what was most accurate: a combination of
            the strong methods, or a single one that clearly did better. The shaded band shows the range sales
            should fall in {bandFrequencyWords(level)}.
          </p>
        </div>
        <button
          type="button"
          className="button button--primary button--large"
          data-testid="train"
          disabled={running || isTraining()}
          onClick={startTraining}
        >
          {running ? 'Forecasting…' : run === null ? 'Forecast all series' : 'Forecast again'}
        </button>
      </section>
      <ModelSettingsPanel frequency={dataset.frequency} disabled={running} />
      <PlanNote dataset={dataset} />
      <NeuralSavedModels dataset={dataset} disabled={running} />
      {stale && (
        <p role="status" className="note note--status">
          The data changed since these results were made. Forecast again to update them.
        </p>
      )}
      {run !== null && <Results run={run} />}
    </div>
  );
}
