import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../shared/ProgressBar';
import { numberFormat, useLocale } from '../../i18n/format';
import type { NeuralTraining } from './forecast-slice';
import { LossChart } from './LossChart';
import { NeuralImportanceChart } from './NeuralImportanceChart';
import { NeuralRunNotes } from './NeuralRunNotes';
import { backendReasonText } from './neural-words';
import './neural.css';

const STOP_REASONS = ['steps', 'early-stopping', 'diverged', 'cancelled'] as const;
type StopReason = (typeof STOP_REASONS)[number];
const isStopReason = (value: string | null): value is StopReason =>
  (STOP_REASONS as readonly (string | null)[]).includes(value);

/** The network's training: backend, live loss chart, speed and time left, retraining, importance. */
export function NeuralProgress({ neural }: { neural: NeuralTraining }) {
  const { t } = useTranslation('neural');
  const locale = useLocale();
  const last = neural.history.at(-1);
  const decimal = numberFormat(locale, { maximumFractionDigits: 1 });
  const whole = numberFormat(locale, { maximumFractionDigits: 0 });
  const training = neural.phase === 'training';
  const retraining = training && neural.stage === 'retraining' ? neural.retraining : null;
  const ending = isStopReason(neural.stoppedBy) ? t(`progress.stoppedBy.${neural.stoppedBy}`) : '';
  return (
    <div className="neural-progress">
      <p className="neural-progress__backend">
        {t('progress.backend')}{' '}
        {neural.backend === null ? (
          <span>{t('progress.choosing')}</span>
        ) : (
          <>
            <strong data-testid="backend" data-value={neural.backend}>
              {neural.backend}
            </strong>{' '}
            {neural.reason !== null && (
              <span className="neural-progress__reason">— {backendReasonText(neural.reason, t, locale)}</span>
            )}
          </>
        )}
      </p>
      {neural.history.length > 0 && (
        <>
          <LossChart history={neural.history} />
          <p className="neural-progress__rates" data-testid="training-rates">
            {t('progress.rates', {
              step: last?.step ?? 0,
              total: neural.totalSteps,
              stepsPerSecond: decimal.format(neural.stepsPerSecond),
              samplesPerSecond: whole.format(neural.samplesPerSecond),
            })}{' '}
            ·{' '}
            {training
              ? Number.isFinite(neural.etaSeconds)
                ? t('progress.eta', { seconds: whole.format(Math.max(0, neural.etaSeconds)) })
                : t('progress.etaUnknown')
              : t('progress.kept', { reason: ending, step: neural.bestStep ?? 0 })}
          </p>
        </>
      )}
      {retraining !== null && (
        <div className="neural-progress__retraining" data-testid="neural-retraining">
          <p>{t('progress.retraining', { step: retraining.step, total: retraining.totalSteps })}</p>
          <ProgressBar
            value={retraining.step}
            max={retraining.totalSteps}
            label={t('progress.retrainingLabel')}
          />
        </div>
      )}
      <NeuralRunNotes neural={neural} />
      {neural.phase === 'trained' && neural.source !== 'saved' && (
        <NeuralImportanceChart importance={neural.importance} />
      )}
    </div>
  );
}
