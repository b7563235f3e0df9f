import { LossChart } from './LossChart';
import type { NeuralTraining } from './forecast-slice';

const STOPPED_BY: Record<string, string> = {
  steps: 'ran every step',
  'early-stopping': 'stopped early: the validation loss no longer improved',
  diverged: 'stopped: the loss stopped being a number (try a lower learning rate)',
  cancelled: 'cancelled',
};

function seconds(value: number): string {
  return Number.isFinite(value) ? `${Math.max(0, Math.round(value))} s` : '…';
}

/** The network's training: backend, live loss chart, speed and time left. */
export function NeuralProgress({ neural }: { neural: NeuralTraining }) {
  const last = neural.history.at(-1);
  return (
    <div className="neural-progress">
      <p className="neural-progress__backend">
        Backend:{' '}
        {neural.backend === null ? (
          <span>choosing (a short timed trial of the network on each backend)…</span>
        ) : (
          <>
            <strong data-testid="backend" data-value={neural.backend}>
              {neural.backend}
            </strong>{' '}
            <span className="neural-progress__reason">— {neural.reason}</span>
          </>
        )}
      </p>
      {neural.history.length > 0 && (
        <>
          <LossChart history={neural.history} />
          <p className="neural-progress__rates" data-testid="training-rates">
            Step {last?.step ?? 0} of {neural.totalSteps} · {neural.stepsPerSecond.toFixed(1)} steps/s ·{' '}
            {Math.round(neural.samplesPerSecond)} windows/s ·{' '}
            {neural.phase === 'training'
              ? `about ${seconds(neural.etaSeconds)} left (early stopping may end sooner)`
              : `${STOPPED_BY[neural.stoppedBy ?? ''] ?? neural.stoppedBy}; weights of step ${neural.bestStep} kept`}
          </p>
        </>
      )}
    </div>
  );
}
