import { useEffect, useState } from 'react';
import { ProgressBar } from '../../app/ProgressBar';
import type { ForecastRun } from './forecast-slice';
import { cancelTraining } from './forecast-controller';
import { slotLabel } from './model-options';
import { NeuralProgress } from './NeuralProgress';
import type { RunSummary } from './run-summary';

const STATE_WORDS = {
  running: 'Fitting models',
  done: 'Finished',
  cancelled: 'Cancelled',
  failed: 'Stopped by an error',
};

function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** Ticks once a second while the run is going, for the elapsed time. */
function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}

interface Props {
  run: ForecastRun;
  summary: RunSummary;
}

export function TrainingProgress({ run, summary }: Props) {
  const running = run.status === 'running';
  const now = useNow(running);
  const { completed, seriesCount } = run.results;
  const elapsed = (run.endedAt ?? now) - run.startedAt;
  const budgetLeft = run.settings.expensiveUntil - now;
  const skipped = [...summary.skipped].map(([id, series]) => `${slotLabel(id)} on ${series} series`);
  const neural = run.neural;
  // One bar: training steps while the network trains, then series as the pool scores them.
  const training = running && neural !== null && neural.phase === 'training';
  const trainedSteps = neural?.history.at(-1)?.step ?? 0;
  return (
    <section
      className={`panel training-progress training-progress--${run.status}`}
      data-testid="training-progress"
      data-state={run.status}
      aria-live="polite"
    >
      <div className="training-progress__head">
        <strong>{training ? `Training ${slotLabel(run.settings.model)}` : STATE_WORDS[run.status]}</strong>
        <span>
          {training
            ? `${trainedSteps} of ${neural.totalSteps || '…'} steps`
            : `${completed} of ${seriesCount} series`}{' '}
          · {formatDuration(elapsed)}
        </span>
        {running && (
          <button type="button" className="button" data-testid="cancel" onClick={cancelTraining}>
            Cancel
          </button>
        )}
      </div>
      {training ? (
        <ProgressBar value={trainedSteps} max={neural.totalSteps} label="Training steps" />
      ) : (
        <ProgressBar value={completed} max={seriesCount} label="Series evaluated" />
      )}
      {neural !== null && <NeuralProgress neural={neural} />}
      {running && run.settings.model === 'auto' && Number.isFinite(run.settings.expensiveUntil) && (
        <p className="panel__hint">
          {budgetLeft > 0
            ? `ARIMA and STL are fitted for another ${formatDuration(budgetLeft)}; after that Auto uses the faster models only.`
            : 'The time budget for ARIMA and STL is spent: the remaining series use the faster models.'}
        </p>
      )}
      {run.status === 'cancelled' && (
        <p role="status" className="note note--status">
          {neural !== null && neural.phase === 'training'
            ? `Training cancelled after ${trainedSteps} steps: nothing was forecast.`
            : `Cancelled after ${completed} of ${seriesCount} series. The results below cover those series only.`}
        </p>
      )}
      {run.error !== null && (
        <p role="alert" className="note note--alert">
          The run stopped: {run.error}
        </p>
      )}
      {skipped.length > 0 && (
        <p role="status" className="note note--status">
          Skipped for the time budget: {skipped.join('; ')}. Raise the budget to fit them everywhere.
        </p>
      )}
    </section>
  );
}
