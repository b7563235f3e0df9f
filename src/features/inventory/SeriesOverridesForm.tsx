import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Frequency } from '../../core/dataset/types';
import { useAppStore } from '../shared/store';
import { OVERRIDE_FIELDS, type SeriesOverrideInput } from './inventory-inputs';
import { fieldLabel } from './problem-text';

interface Props {
  frequency: Frequency;
  disabled: boolean;
  /** The override field that did not read, if any. */
  invalid: { seriesId: string; field: string } | null;
}

const NO_SERIES: readonly string[] = [];

const TEST_IDS = { leadTime: 'inv-override-lead-time', reviewPeriod: 'inv-override-review-period' } as const;

/** Lead time and review period for single series, over the shared ones (and a lead time from the file). */
export function SeriesOverridesForm({ frequency, disabled, invalid }: Props) {
  const { t } = useTranslation('inventory');
  const seriesIds = useAppStore(
    (state) => state.forecast.run?.dataset.seriesIds ?? state.data.loaded?.dataset.seriesIds ?? NO_SERIES,
  );
  const rows = useAppStore((state) => state.inventory.inputs.seriesOverrides);
  const set = useAppStore((state) => state.setInventoryInputs);
  const free = seriesIds.filter((id) => !rows.some((row) => row.seriesId === id));
  const [picked, setPicked] = useState('');
  const choice = free.includes(picked) ? picked : (free[0] ?? '');
  const update = (seriesId: string, patch: Partial<SeriesOverrideInput>): void =>
    set({ seriesOverrides: rows.map((row) => (row.seriesId === seriesId ? { ...row, ...patch } : row)) });
  return (
    <fieldset className="inventory-settings__overrides" disabled={disabled}>
      <legend className="field__label">{t('settings.overrides.title')}</legend>
      <p className="field__hint" id="inv-hint-overrides">
        {t('settings.overrides.hint')}
      </p>
      <div className="inventory-overrides__add">
        <label className="field">
          <span className="field__label">{t('settings.overrides.series')}</span>
          <select
            data-testid="inv-override-series"
            value={choice}
            aria-describedby="inv-hint-overrides"
            onChange={(event) => setPicked(event.target.value)}
          >
            {free.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          data-testid="inv-override-add"
          disabled={choice === ''}
          onClick={() =>
            set({ seriesOverrides: [...rows, { seriesId: choice, leadTime: '', reviewPeriod: '' }] })
          }
        >
          {t('settings.overrides.add')}
        </button>
      </div>
      {rows.map((row) => (
        <div className="inventory-overrides__row" key={row.seriesId} data-series={row.seriesId}>
          <span className="inventory-overrides__id">{row.seriesId}</span>
          {OVERRIDE_FIELDS.map((field) => (
            <label className="field" key={field}>
              <span className="field__label">
                {t('settings.labelWithUnit', {
                  label: fieldLabel(field, t),
                  unit: t(`periods.${frequency}`),
                })}
              </span>
              <input
                data-testid={TEST_IDS[field]}
                type="number"
                inputMode="numeric"
                value={row[field]}
                placeholder={t('settings.overrides.shared')}
                aria-invalid={invalid?.seriesId === row.seriesId && invalid.field === field}
                onChange={(event) => update(row.seriesId, { [field]: event.target.value })}
              />
            </label>
          ))}
          <button
            type="button"
            className="button"
            aria-label={t('settings.overrides.removeLabel', { id: row.seriesId })}
            onClick={() => set({ seriesOverrides: rows.filter((other) => other.seriesId !== row.seriesId) })}
          >
            {t('settings.overrides.remove')}
          </button>
        </div>
      ))}
    </fieldset>
  );
}
