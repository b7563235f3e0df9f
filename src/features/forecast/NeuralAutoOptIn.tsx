import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../shared/store';
import type { Dataset } from '../../core/dataset/types';
import { numberFormat, useLocale } from '../../i18n/format';
import { estimateTraining } from '../../workers/train-client';
import type { TrainingEstimate } from '../../workers/train-protocol';
import { effectiveHorizon } from './forecast-settings';
import { slotLabel } from './model-options';
import { AUTO_NETWORK, neuralSettingsOf } from './neural-settings';
import { trainingErrorText, type NeuralT } from './neural-words';

type Estimate =
  | { state: 'measuring' }
  | { state: 'ready'; estimate: TrainingEstimate }
  | { state: 'failed'; message: string };

/**
 * Measures, while the opt-in is ticked, how long training Auto's network would take on the data
 * loaded now with the current settings: a short timed trial in the training worker, on the backend
 * the training would choose, times the planned steps. Nothing starts while it is unticked.
 */
function useTrainingEstimate(dataset: Dataset | undefined, enabled: boolean): Estimate | null {
  const { split, neural, backend } = useAppStore((state) => state.forecast.settings);
  const horizon = useAppStore((state) =>
    effectiveHorizon(state.forecast.settings, dataset?.frequency ?? 'daily'),
  );
  const request = useMemo(
    () =>
      enabled && dataset !== undefined
        ? {
            dataset,
            options: {
              horizon,
              split,
              settings: neuralSettingsOf(AUTO_NETWORK, dataset.frequency, neural),
              backend,
            },
          }
        : null,
    [dataset, enabled, horizon, split, neural, backend],
  );
  // The answer names its request, so a stale one reads as still measuring.
  const [answer, setAnswer] = useState<{ request: object; estimate: Estimate } | null>(null);
  useEffect(() => {
    if (request === null) return;
    const call = estimateTraining(request.dataset, request.options);
    let current = true;
    call.result.then(
      (result) => current && setAnswer({ request, estimate: { state: 'ready', estimate: result } }),
      (error: unknown) =>
        current && setAnswer({ request, estimate: { state: 'failed', message: trainingErrorText(error) } }),
    );
    return () => {
      current = false;
      call.cancel();
    };
  }, [request]);
  if (request === null) return null;
  return answer?.request === request ? answer.estimate : { state: 'measuring' };
}

function durationText(seconds: number, t: NeuralT, locale: string): string {
  const whole = numberFormat(locale, { maximumFractionDigits: 0 });
  if (seconds < 90) {
    const count = Math.max(1, Math.ceil(seconds));
    return t('autoNeural.seconds', { count, formatted: whole.format(count) });
  }
  const count = Math.ceil(seconds / 60);
  return t('autoNeural.minutes', { count, formatted: whole.format(count) });
}

/**
 * Auto's opt-in for a neural network: off by default, so Auto's run stays fast, and it says so;
 * ticked, Auto trains AUTO_NETWORK first and may choose it per series, and the page shows how long
 * that training was measured to take here.
 */
export function NeuralAutoOptIn() {
  const { t } = useTranslation('neural');
  const locale = useLocale();
  const enabled = useAppStore((state) => state.forecast.settings.autoNeural);
  const update = useAppStore((state) => state.updateForecastSettings);
  const dataset = useAppStore((state) => state.data.loaded?.dataset);
  const estimate = useTrainingEstimate(dataset, enabled);
  const model = slotLabel(AUTO_NETWORK);
  const ms = (value: number): string =>
    numberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
  return (
    <div className="field neural-auto">
      <label className="check">
        <input
          type="checkbox"
          data-testid="auto-include-neural"
          checked={enabled}
          onChange={(event) => update({ autoNeural: event.target.checked })}
        />
        <span>{t('autoNeural.label', { model })}</span>
      </label>
      <span className="field__hint">{t('autoNeural.off', { model })}</span>
      {estimate?.state === 'measuring' && (
        <p role="status" className="field__hint" data-testid="auto-neural-estimate" data-state="measuring">
          {t('autoNeural.estimating')}
        </p>
      )}
      {estimate?.state === 'ready' && (
        <p
          role="status"
          className="field__hint"
          data-testid="auto-neural-estimate"
          data-state="ready"
          data-seconds={estimate.estimate.seconds}
        >
          {t('autoNeural.estimate', {
            time: durationText(estimate.estimate.seconds, t, locale),
            backend: estimate.estimate.backend,
            ms: ms(estimate.estimate.msPerStep),
            steps: numberFormat(locale, { maximumFractionDigits: 0 }).format(estimate.estimate.plannedSteps),
          })}
        </p>
      )}
      {estimate?.state === 'failed' && (
        <p role="alert" className="note note--alert" data-testid="auto-neural-estimate" data-state="failed">
          {t('autoNeural.estimateFailed', { message: estimate.message })}
        </p>
      )}
    </div>
  );
}
