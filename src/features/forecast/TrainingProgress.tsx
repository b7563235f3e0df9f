import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../shared/ProgressBar';
import type { ForecastRun } from './forecast-slice';
import { cancelTraining } from './forecast-controller';
import type { ForecastT } from './forecast-t';
import { slotLabel } from './model-options';
import { NeuralProgress } from './NeuralProgress';
import { runOutcome } from './run-outcome';
import type { RunSummary } from '../../core/forecast/run-summary';

function formatDuration(ms: number, t: ForecastT): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return seconds < 60
    ? t('progress.seconds', { seconds })
    : t('progress.minutes', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
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

/**
 * The run's progress, then how it ended. A run that ends with nothing forecast reads as a warning
 * (its own words and colour), never as a green "Finished".
 */
export function TrainingProgress({ run, summary }: Props) {
  const { t } = useTranslation('forecast');
  const running = run.status === 'running';
  const now = useNow(running);
  const { completed } = run.results;
  const seriesCount = run.results.seriesIds.length;
  const outcome = runOutcome(run.status, summary.forecast, seriesCount);
  const elapsed = (run.endedAt ?? now) - run.startedAt;
  const budgetLeft = run.settings.expensiveUntil - now;
  const skipped = [...summary.skipped].map(([id, series]) =>
    t('progress.skippedEntry', { model: slotLabel(id, t), count: series }),
  );
  const neural = run.neural;
  // One bar: training steps while the network trains, then series as the pool scores them.
  const training = running && neural !== null && neural.phase === 'training';
  const trainedSteps = neural?.history.at(-1)?.step ?? 0;
  const state = outcome.kind === 'nothing' ? 'nothing' : run.status;
  return (
    <section
      className={`panel training-progress training-progress--${state}`}
      data-testid="training-progress"
      data-state={run.status}
      aria-live="polite"
    >
      <div className="training-progress__head">
        <strong>
          {training
            ? t('progress.training', { model: slotLabel(run.settings.model, t) })
            : t(`progress.state.${state}`)}
        </strong>
        <span>
          {training
            ? t('progress.steps', { done: trainedSteps, total: neural.totalSteps || '…' })
            : t('progress.series', { done: completed, total: seriesCount })}
          {' · '}
          {formatDuration(elapsed, t)}
        </span>
        {running && (
          <button type="button" className="button" data-testid="cancel" onClick={cancelTraining}>
            {t('progress.cancel')}
          </button>
        )}
      </div>
      {training ? (
        <ProgressBar value={trainedSteps} max={neural.totalSteps} label={t('progress.barTraining')} />
      ) : (
        <ProgressBar value={completed} max={seriesCount} label={t('progress.barSeries')} />
      )}
      {neural !== null && <NeuralProgress neural={neural} />}
      {running && run.settings.model === 'auto' && Number.isFinite(run.settings.expensiveUntil) && (
        <p className="panel__hint">
          {budgetLeft > 0
            ? t('progress.budgetLeft', { time: formatDuration(budgetLeft, t) })
            : t('progress.budgetSpent')}
        </p>
      )}
      {run.status === 'cancelled' && (
        <p role="status" className="note note--status">
          {neural !== null && neural.phase === 'training'
            ? t('progress.cancelledTraining', { steps: trainedSteps })
            : t('progress.cancelledSeries', { done: completed, total: seriesCount })}
        </p>
      )}
      {run.error !== null && (
        <p role="alert" className="note note--alert">
          {t('progress.error', { message: run.error })}
        </p>
      )}
      {skipped.length > 0 && (
        <p role="status" className="note note--status">
          {t('progress.skipped', { list: skipped.join(t('listSeparator')) })}
        </p>
      )}
    </section>
  );
}
