import { useTranslation } from 'react-i18next';
import type { Frequency } from '../../core/dataset/types';
import type { PolicyChoice, PolicyKind } from '../../core/inventory/types';
import { useAppStore } from '../shared/store';
import type { InputField, InventoryInputs } from './inventory-inputs';
import { fieldLabel } from './problem-text';
import { SeriesOverridesForm } from './SeriesOverridesForm';

type NumberFieldName = Exclude<InputField, 'targetA' | 'targetB' | 'targetC'>;

interface NumberField {
  field: NumberFieldName;
  testId: string;
  /** The unit is the data's period (days, weeks…) rather than one of its own. */
  inPeriods?: boolean;
  /** The empty input means something (its placeholder says what). */
  canBeEmpty?: boolean;
}

const NUMBER_FIELDS: NumberField[] = [
  { field: 'leadTime', testId: 'inv-lead-time', inPeriods: true },
  { field: 'reviewPeriod', testId: 'inv-review-period', inPeriods: true },
  { field: 'holdingRate', testId: 'inv-holding-rate' },
  { field: 'shortageCost', testId: 'inv-shortage-cost' },
  { field: 'orderCost', testId: 'inv-order-cost' },
  { field: 'serviceTarget', testId: 'inv-service-target', canBeEmpty: true },
  { field: 'minOrder', testId: 'inv-min-order' },
  { field: 'packSize', testId: 'inv-pack-size' },
  { field: 'leadTimeSd', testId: 'inv-lead-time-sd', inPeriods: true },
  { field: 'shelfLife', testId: 'inv-shelf-life', inPeriods: true, canBeEmpty: true },
];

const POLICY_CODES: readonly PolicyKind[] = ['sQ', 'sS', 'RS', 'base_stock', 'newsvendor', 'naive'];

const CLASS_TARGET_FIELDS = [
  { field: 'targetA', testId: 'inv-target-a' },
  { field: 'targetB', testId: 'inv-target-b' },
  { field: 'targetC', testId: 'inv-target-c' },
] as const;

interface Props {
  frequency: Frequency;
  disabled: boolean;
  /** The field that did not read, if any (shown with its message elsewhere). */
  invalid: InputField | null;
  /** The series override field that did not read, if any. */
  invalidOverride: { seriesId: string; field: string } | null;
}

/** Every input of the inventory step, each with a one-line explanation. */
export function InventorySettingsForm({ frequency, disabled, invalid, invalidOverride }: Props) {
  const { t } = useTranslation('inventory');
  const inputs = useAppStore((state) => state.inventory.inputs);
  const set = useAppStore((state) => state.setInventoryInputs);
  const setText = (field: keyof InventoryInputs, value: string): void => set({ [field]: value });
  const unitOf = ({ field, inPeriods }: NumberField): string =>
    inPeriods === true ? t(`periods.${frequency}`) : t(`settings.fields.${field as 'holdingRate'}.unit`);
  return (
    <section className="panel inventory-settings" aria-labelledby="inventory-settings-title">
      <div className="panel__header">
        <h2 id="inventory-settings-title">{t('settings.title')}</h2>
      </div>
      <fieldset className="inventory-settings__grid" disabled={disabled}>
        {NUMBER_FIELDS.map((entry) => {
          const { field, testId, canBeEmpty } = entry;
          const hintId = `inv-hint-${field}`;
          return (
            <label className="field" key={field}>
              <span className="field__label">
                {t('settings.labelWithUnit', { label: fieldLabel(field, t), unit: unitOf(entry) })}
              </span>
              <input
                data-testid={testId}
                type="number"
                inputMode="decimal"
                value={inputs[field]}
                placeholder={
                  canBeEmpty === true ? t(`settings.fields.${field as 'shelfLife'}.empty`) : undefined
                }
                aria-invalid={invalid === field}
                aria-describedby={hintId}
                onChange={(event) => setText(field, event.target.value)}
              />
              <span className="field__hint" id={hintId}>
                {t(`settings.fields.${field}.hint`)}
              </span>
            </label>
          );
        })}
        <label className="field">
          <span className="field__label">{t('settings.policy.label')}</span>
          <select
            data-testid="inv-policy"
            value={inputs.policy}
            aria-describedby="inv-hint-policy"
            onChange={(event) => set({ policy: event.target.value as PolicyChoice })}
          >
            <option value="auto">{t('settings.policy.auto')}</option>
            {POLICY_CODES.map((code) => (
              <option key={code} value={code}>
                {t(`policies.${code}`)}
              </option>
            ))}
          </select>
          <span className="field__hint" id="inv-hint-policy">
            {t('settings.policy.hint')}
          </span>
        </label>
        <label className="field">
          <span className="field__label">{t('settings.demand.label')}</span>
          <select
            data-testid="inv-demand"
            value={inputs.demand}
            aria-describedby="inv-hint-demand"
            onChange={(event) => set({ demand: event.target.value as InventoryInputs['demand'] })}
          >
            <option value="lost">{t('settings.demand.lost')}</option>
            <option value="backorder">{t('settings.demand.backorder')}</option>
          </select>
          <span className="field__hint" id="inv-hint-demand">
            {t('settings.demand.hint')}
          </span>
        </label>
      </fieldset>
      <fieldset className="inventory-settings__classes" disabled={disabled}>
        <label className="field field--check">
          <input
            type="checkbox"
            data-testid="inv-class-targets"
            checked={inputs.classTargets}
            aria-describedby="inv-hint-class-targets"
            onChange={(event) => set({ classTargets: event.target.checked })}
          />
          <span className="field__label">{t('settings.classTargets.label')}</span>
        </label>
        <p className="field__hint" id="inv-hint-class-targets">
          {t('settings.classTargets.hint')}
        </p>
        {inputs.classTargets && (
          <div className="inventory-settings__grid">
            {CLASS_TARGET_FIELDS.map(({ field, testId }) => (
              <label className="field" key={field}>
                <span className="field__label">{fieldLabel(field, t)}</span>
                <input
                  data-testid={testId}
                  type="number"
                  inputMode="decimal"
                  value={inputs[field]}
                  aria-invalid={invalid === field}
                  onChange={(event) => setText(field, event.target.value)}
                />
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <SeriesOverridesForm frequency={frequency} disabled={disabled} invalid={invalidOverride} />
    </section>
  );
}
