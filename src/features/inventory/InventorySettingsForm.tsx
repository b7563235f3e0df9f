import type { Frequency } from '../../core/dataset/types';
import type { PolicyChoice } from '../../core/inventory/types';
import { useAppStore } from '../../app/store';
import { FIELD_LABELS, type InputField, type InventoryInputs } from './inventory-inputs';

const PERIOD_WORD: Record<Frequency, string> = {
  daily: 'days',
  weekly: 'weeks',
  monthly: 'months',
  quarterly: 'quarters',
};

interface NumberField {
  field: InputField;
  testId?: string;
  unit: (periods: string) => string;
  hint: string;
  /** Shown in the empty input: what leaving it empty means. */
  emptyText?: string;
}

const NUMBER_FIELDS: NumberField[] = [
  {
    field: 'leadTime',
    testId: 'inv-lead-time',
    unit: (periods) => periods,
    hint: 'Periods from placing an order until the goods can be sold.',
  },
  {
    field: 'reviewPeriod',
    testId: 'inv-review-period',
    unit: (periods) => periods,
    hint: 'How often you check stock and order, in periods (1 = every period).',
  },
  {
    field: 'holdingRate',
    testId: 'inv-holding-rate',
    unit: () => '% of unit value a year',
    hint: 'What keeping one unit in stock for a year costs: capital, space, handling.',
  },
  {
    field: 'shortageCost',
    testId: 'inv-shortage-cost',
    unit: () => '% of unit value',
    hint: 'What a unit you could not sell costs you: the lost margin, or the cost of a late delivery.',
  },
  {
    field: 'orderCost',
    testId: 'inv-order-cost',
    unit: () => 'money per order',
    hint: 'Fixed cost of placing one order (delivery, admin); 0 lets every period order.',
  },
  {
    field: 'serviceTarget',
    testId: 'inv-service-target',
    unit: () => '%',
    hint: 'Share of demand to meet from stock (fill rate). Empty: the cheapest balance of stock and shortages.',
    emptyText: 'minimise cost',
  },
  {
    field: 'minOrder',
    testId: 'inv-min-order',
    unit: () => 'units',
    hint: 'Smallest order the supplier accepts (MOQ); 0 for none.',
  },
  {
    field: 'packSize',
    testId: 'inv-pack-size',
    unit: () => 'units',
    hint: 'Orders come in whole packs of this many units.',
  },
  {
    field: 'leadTimeSd',
    testId: 'inv-lead-time-sd',
    unit: (periods) => periods,
    hint: 'How much the lead time varies (standard deviation); 0 if deliveries are always on time.',
  },
  {
    field: 'shelfLife',
    testId: 'inv-shelf-life',
    unit: (periods) => periods,
    hint: 'Periods a unit can be sold before it spoils. Empty: it keeps. Used for perishables and the newsvendor policy.',
    emptyText: 'keeps',
  },
];

const POLICIES: { value: PolicyChoice; label: string }[] = [
  { value: 'auto', label: 'Auto: the best policy per series' },
  { value: 'sQ', label: '(s, Q): reorder point, fixed quantity' },
  { value: 'sS', label: '(s, S): reorder point, order up to' },
  { value: 'RS', label: '(R, S): order up to at each review' },
  { value: 'base_stock', label: 'Base stock' },
  { value: 'newsvendor', label: 'Newsvendor (perishables)' },
  { value: 'naive', label: 'Naive rule (4-period mean)' },
];

interface Props {
  frequency: Frequency;
  disabled: boolean;
  /** The field that did not read, if any (shown with its message elsewhere). */
  invalid: InputField | null;
}

/** Every input of the inventory step, each with a one-line explanation. */
export function InventorySettingsForm({ frequency, disabled, invalid }: Props) {
  const inputs = useAppStore((state) => state.inventory.inputs);
  const set = useAppStore((state) => state.setInventoryInputs);
  const periods = PERIOD_WORD[frequency];
  const setText = (field: keyof InventoryInputs, value: string): void => set({ [field]: value });
  return (
    <section className="panel inventory-settings" aria-labelledby="inventory-settings-title">
      <div className="panel__header">
        <h2 id="inventory-settings-title">Stock policy settings</h2>
      </div>
      <fieldset className="inventory-settings__grid" disabled={disabled}>
        {NUMBER_FIELDS.map(({ field, testId, unit, hint, emptyText }) => (
          <label className="field" key={field}>
            <span className="field__label">
              {FIELD_LABELS[field]} ({unit(periods)})
            </span>
            <input
              data-testid={testId}
              type="number"
              inputMode="decimal"
              value={inputs[field]}
              placeholder={emptyText}
              aria-invalid={invalid === field}
              onChange={(event) => setText(field, event.target.value)}
            />
            <span className="field__hint">{hint}</span>
          </label>
        ))}
        <label className="field">
          <span className="field__label">Policy</span>
          <select
            data-testid="inv-policy"
            value={inputs.policy}
            onChange={(event) => set({ policy: event.target.value as PolicyChoice })}
          >
            {POLICIES.map((policy) => (
              <option key={policy.value} value={policy.value}>
                {policy.label}
              </option>
            ))}
          </select>
          <span className="field__hint">
            Auto tests every policy on each series’ past demand and keeps the cheapest (or the cheapest that
            meets the target).
          </span>
        </label>
        <label className="field">
          <span className="field__label">When stock runs out</span>
          <select
            data-testid="inv-demand"
            value={inputs.demand}
            onChange={(event) => set({ demand: event.target.value as InventoryInputs['demand'] })}
          >
            <option value="lost">Sales are lost</option>
            <option value="backorder">Customers wait (backorders)</option>
          </select>
          <span className="field__hint">
            Lost: a shopper who finds an empty shelf buys nothing. Backorders: the order is filled when stock
            arrives.
          </span>
        </label>
      </fieldset>
    </section>
  );
}
