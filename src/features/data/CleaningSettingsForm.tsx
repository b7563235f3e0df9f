import type { CleaningSettings } from '../../core/dataset/types';

type ChoiceKey = 'gaps' | 'duplicates' | 'negatives' | 'outliers';

const CHOICES: { key: ChoiceKey; label: string; options: { value: string; label: string }[] }[] = [
  {
    key: 'gaps',
    label: 'Missing periods',
    options: [
      { value: 'zero', label: 'No sales (0)' },
      { value: 'missing', label: 'Unknown (leave missing)' },
    ],
  },
  {
    key: 'duplicates',
    label: 'Repeated date and series',
    options: [
      { value: 'sum', label: 'Add them up' },
      { value: 'last', label: 'Keep the last row' },
    ],
  },
  {
    key: 'negatives',
    label: 'Negative sales (returns)',
    options: [
      { value: 'keep', label: 'Keep as is' },
      { value: 'clip', label: 'Set to 0' },
    ],
  },
  {
    key: 'outliers',
    label: 'Outliers',
    options: [
      { value: 'flag', label: 'Flag only' },
      { value: 'cap', label: 'Cap to the usual range' },
    ],
  },
];

interface Props {
  settings: CleaningSettings;
  onChange(settings: CleaningSettings): void;
}

export function CleaningSettingsForm({ settings, onChange }: Props) {
  return (
    <fieldset className="cleaning">
      <legend>Cleaning</legend>
      <div className="form-grid">
        {CHOICES.map((choice) => (
          <label key={choice.key} className="field">
            <span className="field__label">{choice.label}</span>
            <select
              data-testid={`clean-${choice.key}`}
              value={settings[choice.key]}
              onChange={(event) => onChange({ ...settings, [choice.key]: event.target.value })}
            >
              {choice.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
