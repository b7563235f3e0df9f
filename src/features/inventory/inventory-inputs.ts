/**
 * The inventory form as the user types it (text, so an empty or half-typed field stays as typed),
 * and its reading into the engine's settings: a field that does not read is named, never guessed.
 */
import type { InventorySettings, PolicyChoice } from '../../core/inventory/types';

export interface InventoryInputs {
  leadTime: string;
  reviewPeriod: string;
  holdingRate: string;
  shortageCost: string;
  orderCost: string;
  /** Fill-rate target in %, empty to minimise cost. */
  serviceTarget: string;
  policy: PolicyChoice;
  demand: 'lost' | 'backorder';
  minOrder: string;
  packSize: string;
  leadTimeSd: string;
  /** Periods a unit keeps, empty when it does not spoil. */
  shelfLife: string;
}

export const DEFAULT_INVENTORY_INPUTS: InventoryInputs = {
  leadTime: '1',
  reviewPeriod: '1',
  holdingRate: '25',
  shortageCost: '30',
  orderCost: '0',
  serviceTarget: '',
  policy: 'auto',
  demand: 'lost',
  minOrder: '0',
  packSize: '1',
  leadTimeSd: '0',
  shelfLife: '',
};

export type InputField = Exclude<keyof InventoryInputs, 'policy' | 'demand'>;

export type SettingsReading =
  { ok: true; settings: InventorySettings } | { ok: false; field: InputField; message: string };

type Rule = { kind: 'whole' | 'number'; min: number; max?: number; below?: number };

const RULES: Record<InputField, Rule> = {
  leadTime: { kind: 'whole', min: 0 },
  reviewPeriod: { kind: 'whole', min: 1 },
  holdingRate: { kind: 'number', min: 0 },
  shortageCost: { kind: 'number', min: 0 },
  orderCost: { kind: 'number', min: 0 },
  serviceTarget: { kind: 'number', min: 0, below: 100 },
  minOrder: { kind: 'number', min: 0 },
  packSize: { kind: 'whole', min: 1 },
  leadTimeSd: { kind: 'number', min: 0 },
  shelfLife: { kind: 'whole', min: 1 },
};

export const FIELD_LABELS: Record<InputField, string> = {
  leadTime: 'Lead time',
  reviewPeriod: 'Review period',
  holdingRate: 'Holding cost',
  shortageCost: 'Shortage cost',
  orderCost: 'Cost per order',
  serviceTarget: 'Fill-rate target',
  minOrder: 'Minimum order',
  packSize: 'Pack size',
  leadTimeSd: 'Lead-time variability',
  shelfLife: 'Shelf life',
};

/** The fields that may be left empty (the engine then has none). */
const OPTIONAL: ReadonlySet<InputField> = new Set(['serviceTarget', 'shelfLife']);

function readField(field: InputField, text: string): number | null | string {
  const trimmed = text.trim();
  if (trimmed === '') return OPTIONAL.has(field) ? null : 'is empty';
  const rule = RULES[field];
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return `"${trimmed}" is not a number`;
  if (rule.kind === 'whole' && !Number.isInteger(value)) return 'must be a whole number';
  if (value < rule.min) return `must be at least ${rule.min}`;
  if (rule.below !== undefined && !(value > 0 && value < rule.below))
    return `must be above 0 and below ${rule.below}`;
  return value;
}

export function readSettings(inputs: InventoryInputs): SettingsReading {
  const values = {} as Record<InputField, number | null>;
  for (const field of Object.keys(RULES) as InputField[]) {
    const value = readField(field, inputs[field]);
    if (typeof value === 'string') {
      return { ok: false, field, message: `${FIELD_LABELS[field]} ${value}.` };
    }
    values[field] = value;
  }
  const number = (field: InputField): number => values[field] ?? 0;
  return {
    ok: true,
    settings: {
      leadTime: number('leadTime'),
      leadTimeSd: number('leadTimeSd'),
      reviewPeriod: number('reviewPeriod'),
      holdingRatePct: number('holdingRate'),
      shortageCostPct: number('shortageCost'),
      orderCost: number('orderCost'),
      fillRateTarget: values.serviceTarget === null ? null : number('serviceTarget') / 100,
      backorders: inputs.demand === 'backorder',
      minOrderQuantity: number('minOrder'),
      packSize: number('packSize'),
      shelfLife: values.shelfLife,
      policy: inputs.policy,
    },
  };
}
