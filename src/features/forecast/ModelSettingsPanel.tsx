import type { Frequency } from '../../core/dataset/types';
import type { SplitSettings } from '../../core/forecast/split';
import { RANKING_METRIC_LABEL, type RankingMetric } from '../../core/metrics/forecast-metrics';
import { useAppStore } from '../../app/store';
import type { ModelChoice } from '../../workers/forecast-protocol';
import { isNetworkModelId } from '../../core/forecast/model-registry';
import { MODEL_OPTIONS, slotLabel } from './model-options';
import { ModelFallbackNote } from './ModelFallbackNote';
import { NeuralSettingsPanel } from './NeuralSettingsPanel';
import { DEFAULT_HORIZON, MAX_HORIZON, effectiveHorizon } from './forecast-settings';

const FREQUENCY_UNIT: Record<Frequency, string> = {
  daily: 'days',
  weekly: 'weeks',
  monthly: 'months',
  quarterly: 'quarters',
};
const RATIO_PARTS = ['train', 'validation', 'test'] as const;

interface Props {
  frequency: Frequency;
  disabled: boolean;
}

/** Horizon, model, split and time budget, with a plain-language note on each. */
export function ModelSettingsPanel({ frequency, disabled }: Props) {
  const settings = useAppStore((state) => state.forecast.settings);
  const update = useAppStore((state) => state.updateForecastSettings);
  const horizon = effectiveHorizon(settings, frequency);
  const split = settings.split;
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
        <h2 id="forecast-settings-title">Model settings</h2>
      </div>
      <fieldset className="forecast-settings__grid" disabled={disabled}>
        <label className="field">
          <span className="field__label">Forecast horizon ({FREQUENCY_UNIT[frequency]})</span>
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
            How far ahead to plan. Default for {frequency} data: {DEFAULT_HORIZON[frequency]}.
          </span>
        </label>
        <label className="field">
          <span className="field__label">Model</span>
          <select
            data-testid="model-select"
            value={settings.model}
            onChange={(event) => update({ model: event.target.value as ModelChoice })}
          >
            <option value="auto">Auto</option>
            {MODEL_OPTIONS.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
          <ModelFallbackNote />
          <span className="field__hint">
            Auto tries every classical model on each product and keeps a combination of the strong ones, or a
            single model that clearly did better. Auto does not include the neural networks (RNN, LSTM, GRU,
            CNN, MLP): choose one here to train it on all your products at once; it is then scored beside
            seasonal naive on the same held-out sales.
          </span>
        </label>
        <label className="field">
          <span className="field__label">Judge models by</span>
          <select
            value={settings.metric}
            onChange={(event) => update({ metric: event.target.value as RankingMetric })}
          >
            {Object.entries(RANKING_METRIC_LABEL).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
          <span className="field__hint">
            MASE: error relative to repeating last season (below 1 beats it).
          </span>
        </label>
        <div className="field">
          <span className="field__label">Checking on held-out data</span>
          <div className="forecast-settings__split">
            <select
              aria-label="Split"
              value={split.kind}
              onChange={(event) => setSplitKind(event.target.value as SplitSettings['kind'])}
            >
              <option value="ratio">Train : validation : test</option>
              <option value="holdout">Last horizon as test</option>
            </select>
            {split.kind === 'ratio' &&
              RATIO_PARTS.map((part) => (
                <input
                  key={part}
                  aria-label={`${part} share`}
                  className="forecast-settings__ratio"
                  type="number"
                  min={part === 'train' ? 1 : 0}
                  value={split[part]}
                  onChange={(event) => setRatio(part, Number(event.target.value))}
                />
              ))}
          </div>
          <span className="field__hint">
            Models learn on the oldest part, are chosen on the middle part and scored once on the newest part,
            which they never saw.
          </span>
        </div>
        <label className="field">
          <span className="field__label">Time budget for slow models (minutes)</span>
          <input
            type="number"
            min={0}
            step={0.5}
            value={settings.budgetMinutes}
            onChange={(event) => update({ budgetMinutes: Math.max(0, Number(event.target.value) || 0) })}
          />
          <span className="field__hint">
            After this, Auto skips ARIMA and STL on the remaining products and says so.
          </span>
        </label>
      </fieldset>
      {isNetworkModelId(settings.model) && (
        <fieldset className="forecast-settings__grid" disabled={disabled}>
          <legend>Network: {slotLabel(settings.model)}</legend>
          <NeuralSettingsPanel model={settings.model} frequency={frequency} />
        </fieldset>
      )}
    </section>
  );
}
