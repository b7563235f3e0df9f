import { useTranslation } from 'react-i18next';
import type { CleaningSettings } from '../../core/dataset/types';

/** Each choice of the form with its options and their catalogue keys. */
const CHOICES = [
  {
    key: 'gaps',
    options: [
      { value: 'zero', label: 'cleaning.gaps.zero' },
      { value: 'missing', label: 'cleaning.gaps.missing' },
    ],
  },
  {
    key: 'duplicates',
    options: [
      { value: 'sum', label: 'cleaning.duplicates.sum' },
      { value: 'last', label: 'cleaning.duplicates.last' },
    ],
  },
  {
    key: 'negatives',
    options: [
      { value: 'keep', label: 'cleaning.negatives.keep' },
      { value: 'clip', label: 'cleaning.negatives.clip' },
    ],
  },
  {
    key: 'outliers',
    options: [
      { value: 'flag', label: 'cleaning.outliers.flag' },
      { value: 'cap', label: 'cleaning.outliers.cap' },
    ],
  },
] as const;

interface Props {
  settings: CleaningSettings;
  onChange(settings: CleaningSettings): void;
}

export function CleaningSettingsForm({ settings, onChange }: Props) {
  const { t } = useTranslation('data');
  return (
    <fieldset className="cleaning">
      <legend>{t('cleaning.legend')}</legend>
      <div className="form-grid">
        {CHOICES.map((choice) => (
          <label key={choice.key} className="field">
            <span className="field__label">{t(`cleaning.${choice.key}.label`)}</span>
            <select
              data-testid={`clean-${choice.key}`}
              value={settings[choice.key]}
              onChange={(event) => onChange({ ...settings, [choice.key]: event.target.value })}
            >
              {choice.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {t(option.label)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
