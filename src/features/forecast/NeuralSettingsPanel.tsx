import { useTranslation } from 'react-i18next';
import { useAppStore } from '../shared/store';
import type { Frequency } from '../../core/dataset/types';
import type { NetworkModelId } from '../../core/forecast/model-registry';
import { NEURAL_SETTING_INFO } from '../../core/neural/settings';
import { BACKENDS, type BackendChoice } from '../../workers/train-protocol';
import { NEURAL_FIELDS, neuralSettingsOf, type NeuralField } from './neural-settings';

interface Props {
  model: NetworkModelId;
  frequency: Frequency;
}

/** The network's settings (bounds from the core, words from the catalogue) and the backend to train on. */
export function NeuralSettingsPanel({ model, frequency }: Props) {
  const { t } = useTranslation('neural');
  const settings = useAppStore((state) => state.forecast.settings);
  const update = useAppStore((state) => state.updateForecastSettings);
  const effective = neuralSettingsOf(model, frequency, settings.neural);
  const change = (field: NeuralField, raw: string): void => {
    const neural = { ...settings.neural };
    const value = Number(raw);
    if (raw === '' || !Number.isFinite(value)) delete neural[field];
    else neural[field] = value;
    update({ neural });
  };
  return (
    <div className="forecast-settings__neural">
      {NEURAL_FIELDS.map((field) => {
        const info = NEURAL_SETTING_INFO[field];
        return (
          <label key={field} className="field">
            <span className="field__label">{t(`settings.${field}.label`)}</span>
            <input
              data-testid={`neural-${field}`}
              type="number"
              min={info.min}
              max={info.max}
              step={info.integer ? 1 : 'any'}
              value={effective[field]}
              onChange={(event) => change(field, event.target.value)}
            />
            <span className="field__hint">{t(`settings.${field}.help`)}</span>
          </label>
        );
      })}
      <label className="field">
        <span className="field__label">{t('settings.backend.label')}</span>
        <select
          data-testid="neural-backend"
          value={settings.backend}
          onChange={(event) => update({ backend: event.target.value as BackendChoice })}
        >
          <option value="auto">{t('settings.backend.auto')}</option>
          {BACKENDS.map((backend) => (
            <option key={backend} value={backend}>
              {backend}
            </option>
          ))}
        </select>
        <span className="field__hint">{t('settings.backend.help')}</span>
      </label>
    </div>
  );
}
