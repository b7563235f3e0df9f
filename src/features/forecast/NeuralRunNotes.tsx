import { useTranslation } from 'react-i18next';
import type { NeuralTraining } from './forecast-slice';

/** What the user should know about where a neural run's forecasts came from, and where it was saved. */
export function NeuralRunNotes({ neural }: { neural: NeuralTraining }) {
  const { t } = useTranslation('neural');
  const notes: string[] = [];
  const fromName = neural.from?.name ?? '';
  if (neural.source === 'saved') notes.push(t('progress.fromSaved', { name: fromName }));
  if (neural.source === 'warm-start') notes.push(t('progress.warmStart', { name: fromName }));
  if (neural.phase === 'training' && neural.stopRequested && neural.stoppedBy === null) {
    notes.push(t('progress.stopping'));
  }
  if (neural.stoppedBy === 'cancelled') {
    notes.push(
      neural.phase === 'trained'
        ? t('progress.keptAfterStop', {
            step: neural.history.at(-1)?.step ?? 0,
            best: neural.bestStep ?? 0,
          })
        : t('progress.keptBeforeCheck'),
    );
  }
  if (neural.futureFrom === 'retrained') {
    notes.push(t('progress.futureRetrained', { steps: neural.bestStep ?? 0 }));
  } else if (neural.futureFrom === 'evaluated' && neural.phase === 'trained') {
    notes.push(t('progress.futureEvaluated'));
  }
  if (neural.saved !== null && neural.source !== 'saved') {
    notes.push(t('progress.savedAs', { name: neural.saved.name }));
  }
  return (
    <>
      {notes.map((note) => (
        <p key={note} role="status" className="note note--status neural-note">
          {note}
        </p>
      ))}
      {neural.failure !== null && (
        <p role="alert" className="note note--alert">
          {t('autoNeural.failed', { message: neural.failure })}
        </p>
      )}
      {neural.saveError !== null && (
        <p role="alert" className="note note--alert">
          {t('progress.saveFailed', { message: neural.saveError })}
        </p>
      )}
    </>
  );
}
