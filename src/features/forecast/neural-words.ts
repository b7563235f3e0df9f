/**
 * The training worker's codes in words (neural namespace): why it chose its backend, with the
 * measured step times, why a training failed, and the network's input groups (importance). Numbers
 * are formatted for the reader's language.
 */
import i18next, { type TFunction } from 'i18next';
import { numberFormat } from '../../i18n/format';
import { RpcError } from '../../workers/rpc';
import type {
  BackendNote,
  BackendReason,
  TrainFailure,
  TrainFailureCode,
} from '../../workers/train-protocol';

export type NeuralT = TFunction<'neural'>;

const currentNeuralT = (): NeuralT => i18next.getFixedT(null, 'neural');
const currentLocale = (): string => i18next.language || 'en';

function milliseconds(ms: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: ms < 10 ? 1 : 0 }).format(ms);
}

function noteText(note: BackendNote, t: NeuralT): string {
  return t('backendReason.note', {
    backend: note.backend,
    problem: t(`backendReason.problem.${note.problem}`, { detail: note.detail ?? '' }),
  });
}

export function backendReasonText(
  reason: BackendReason,
  t: NeuralT = currentNeuralT(),
  locale: string = currentLocale(),
): string {
  switch (reason.code) {
    case 'forced':
      return t('backendReason.forced', { ms: milliseconds(reason.msPerStep, locale) });
    case 'gpu-adapter':
      return t('backendReason.gpuAdapter', { ms: milliseconds(reason.msPerStep, locale) });
    case 'fastest': {
      const trials = reason.trials
        .map((trial) =>
          t('backendReason.trial', { backend: trial.backend, ms: milliseconds(trial.msPerStep, locale) }),
        )
        .join(t('backendReason.listSeparator'));
      const skipped = reason.skipped.map((note) => noteText(note, t)).join(t('backendReason.noteSeparator'));
      return skipped === ''
        ? t('backendReason.fastest', { trials })
        : t('backendReason.fastestSkipping', { trials, skipped });
    }
    case 'failed-over':
      if (reason.phase === 'forecasting') {
        return t('backendReason.failedOverForecasting', { from: reason.from, detail: reason.detail });
      }
      return t('backendReason.failedOver', {
        from: reason.from,
        step: reason.step,
        phase: t(`backendReason.phase.${reason.phase}`),
        detail: reason.detail,
      });
    default: {
      const unknown: never = reason;
      return String(unknown);
    }
  }
}

const FAILURE_CODES: readonly TrainFailureCode[] = [
  'backend-unavailable',
  'backend-cannot-train',
  'no-backend',
  'model-does-not-fit',
  'model-missing',
  'model-damaged',
  'storage-unavailable',
];

/** The training worker's failure as the envelope carries it, or null for any other error. */
export function trainFailureOf(error: unknown): TrainFailure | null {
  if (!(error instanceof RpcError)) return null;
  const { code, params } = error.error;
  return (FAILURE_CODES as readonly string[]).includes(code)
    ? ({ code, params: params ?? {} } as TrainFailure)
    : null;
}

export function trainFailureText(failure: TrainFailure, t: NeuralT = currentNeuralT()): string {
  switch (failure.code) {
    case 'backend-unavailable':
      return t('errors.backend-unavailable', {
        backend: failure.params.backend,
        problem: t(`backendReason.problem.${failure.params.problem}`, { detail: '' }),
      });
    case 'backend-cannot-train':
      return t('errors.backend-cannot-train', failure.params);
    case 'no-backend':
      return t('errors.no-backend', {
        skipped: failure.params.skipped
          .map((note) => noteText(note, t))
          .join(t('backendReason.noteSeparator')),
      });
    case 'model-does-not-fit':
      return t(`saved.fit.${failure.params.problem}`);
    case 'model-missing':
    case 'model-damaged':
    case 'storage-unavailable':
      return t(`errors.${failure.code}`);
    default: {
      const unknown: never = failure;
      return String(unknown);
    }
  }
}

/** A failed training or saved-model call in words: a coded failure worded, anything else quoted. */
export function trainingErrorText(error: unknown): string {
  const failure = trainFailureOf(error);
  if (failure !== null) return trainFailureText(failure);
  return error instanceof Error ? error.message : String(error);
}

const COVARIATE_PREFIX = 'covariate:';

/** Input-group keys (core/neural/input-groups.ts) worded as `importance.<word>`. */
const GROUP_WORDS: Readonly<Record<string, 'sales' | 'calendar' | 'seasonalLag' | 'identity'>> = {
  sales: 'sales',
  calendar: 'calendar',
  'seasonal-lag': 'seasonalLag',
  identity: 'identity',
};

/** An input group's name for the importance chart; an unknown key is shown as it is. */
export function inputGroupText(key: string, t: NeuralT = currentNeuralT()): string {
  if (key.startsWith(COVARIATE_PREFIX)) {
    return t('importance.covariate', { name: key.slice(COVARIATE_PREFIX.length) });
  }
  const word = GROUP_WORDS[key];
  return word === undefined ? key : t(`importance.${word}`);
}
