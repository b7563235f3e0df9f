import { useTranslation } from 'react-i18next';
import type { Frequency } from '../../core/dataset/types';
import type { SplitSettings } from '../../core/forecast/split';
import { RANKING_METRIC_LABEL, type RankingMetric } from '../../core/metrics/forecast-metrics';
import { useAppStore } from '../shared/store';
import type { ModelChoice } from '../../workers/forecast-protocol';
import { MODEL_OPTIONS, slotLabel } from './model-options';
import { ModelFallbackNote } from './ModelFallbackNote';
import { NeuralAutoOptIn } from './NeuralAutoOptIn';
import { NeuralSettingsPanel } from './NeuralSettingsPanel';
import { DEFAULT_HORIZON, MAX_HORIZON, effectiveHorizon } from './forecast-settings';
import { runNetworkOf } from './neural-settings';

const RANKING_METRICS = Object.keys(RANKING_METRIC_LABEL) as RankingMetric[];
const RATIO_PARTS = ['train', 'validation', 'test'] as const;

interface Props {
  frequency: Frequency;
  disabled: boolean;
}

/** Horizon, model, split and time budget, with a plain-language note on each. */
export function ModelSettingsPanel({ frequency, disabled }: Props) {
  const { t } = useTranslation('forecast');
  const settings = useAppStore((state) => state.forecast.settings);
  const update = useAppStore((state) => state.updateForecastSettings);
  const horizon = effectiveHorizon(settings, frequency);
  const split = settings.split;
  const network = runNetworkOf(settings);
  const setRatio = (part: (typeof RATIO_PARTS)[number], value: number): void => {
    if (split.kind !== 'ratio') return;
    update({ split: { ...split, [part]: Math.max(part === 'train' ? 1 : 0, Math.round(value) || 0) } });
  };
  const setSplitKind = (kind: SplitSettings['kind']): void =>
    update({
      split: kind === 'ratio' ? { kind, train: 7, validation: 2, test: 1 } : { kind, validationHorizons: 1 },
    });

  return (
    <section className="panel forecast-settings" aria-labelledby="forecast-settings-title">
      <div className="panel__header">
        <h2 id="forecast-settings-title">{t('settings.title')}</h2>
      </div>
      <fieldset className="forecast-settings__grid" disabled={disabled}>
        <label className="field">
          <span className="field__label">
            {t('settings.horizon', { unit: t(`settings.unit.${frequency}`) })}
          </span>
          <input
            data-testid="horizon"
            type="number"
            min={1}
            max={MAX_HORIZON}
            value={horizon}
            onChange={(event) =>
              update({ horizon: event.target.value === '' ? null : Number(event.target.value) })
            }
          />
          <span className="field__hint">
            {t(`settings.horizonHint.${frequency}`, { count: DEFAULT_HORIZON[frequency] })}
          </span>
        </label>
        <label className="field">
          <span className="field__label">{t('settings.model')}</span>
          <select
            data-testid="model-select"
            value={settings.model}
            onChange={(event) => update({ model: event.target.value as ModelChoice })}
          >
            <option value="auto">{slotLabel('auto', t)}</option>
            {MODEL_OPTIONS.map((option) => (
              <option key={option.id} value={option.id}>
                {slotLabel(option.id, t)}
              </option>
            ))}
          </select>
          <ModelFallbackNote />
          <span className="field__hint">{t('settings.modelHint')}</span>
        </label>
        {settings.model === 'auto' && <NeuralAutoOptIn />}
        <label className="field">
          <span className="field__label">{t('settings.metric')}</span>
          <select
            value={settings.metric}
            aria-describedby="forecast-metric-help"
            onChange={(event) => update({ metric: event.target.value as RankingMetric })}
          >
            {RANKING_METRICS.map((id) => (
              <option key={id} value={id}>
                {t(`measures.${id}.name`)}
              </option>
            ))}
          </select>
          <span className="field__hint" id="forecast-metric-help">
            {t(`measures.${settings.metric}.help`)}
          </span>
        </label>
        <div className="field">
          <span className="field__label">{t('settings.split')}</span>
          <div className="forecast-settings__split">
            <select
              aria-label={t('settings.splitKind')}
              value={split.kind}
              onChange={(event) => setSplitKind(event.target.value as SplitSettings['kind'])}
            >
              <option value="ratio">{t('settings.splitRatio')}</option>
              <option value="holdout">{t('settings.splitHoldout')}</option>
            </select>
            {split.kind === 'ratio' &&
              RATIO_PARTS.map((part) => (
                <input
                  key={part}
                  aria-label={t(`settings.share.${part}`)}
                  className="forecast-settings__ratio"
                  type="number"
                  min={part === 'train' ? 1 : 0}
                  value={split[part]}
                  onChange={(event) => setRatio(part, Number(event.target.value))}
                />
              ))}
          </div>
          <span className="field__hint">{t('settings.splitHint')}</span>
        </div>
        <label className="field">
          <span className="field__label">{t('settings.budget')}</span>
          <input
            type="number"
            min={0}
            step={0.5}
            value={settings.budgetMinutes}
            onChange={(event) => update({ budgetMinutes: Math.max(0, Number(event.target.value) || 0) })}
          />
          <span className="field__hint">{t('settings.budgetHint')}</span>
        </label>
      </fieldset>
      {network !== null && (
        <fieldset className="forecast-settings__grid" disabled={disabled}>
          <legend>{t('settings.network', { model: slotLabel(network, t) })}</legend>
          <NeuralSettingsPanel model={network} frequency={frequency} />
        </fieldset>
      )}
    </section>
  );
}
