/**
 * The inventory form as the user types it (text, so an empty or half-typed field stays as typed),
 * and its reading into the engine's settings: a field that does not read is named, never guessed.
 */
import type { AbcClass } from '../../core/inventory/abc-xyz';
import type { InventorySettings, PolicyChoice } from '../../core/inventory/types';

/** Lead time and review period typed for one series; an empty field keeps the shared value. */
export interface SeriesOverrideInput {
  seriesId: string;
  leadTime: string;
  reviewPeriod: string;
}

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
  /** Opt-in: a fill-rate target (%) per ABC class instead of one for all. */
  classTargets: boolean;
  targetA: string;
  targetB: string;
  targetC: string;
  seriesOverrides: SeriesOverrideInput[];
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
  classTargets: false,
  targetA: '98',
  targetB: '95',
  targetC: '90',
  seriesOverrides: [],
};

export type InputField = Exclude<
  keyof InventoryInputs,
  'policy' | 'demand' | 'classTargets' | 'seriesOverrides'
>;

/** The fields a series may override. */
export const OVERRIDE_FIELDS = ['leadTime', 'reviewPeriod'] as const;

/** Why a field does not read (the page words it). */
export type InputProblem =
  | { code: 'empty' }
  | { code: 'notNumber'; text: string }
  | { code: 'notWhole' }
  | { code: 'belowMin'; min: number }
  | { code: 'outOfRange'; below: number };

export type SettingsReading =
  | {
      ok: true;
      settings: InventorySettings;
      classTargets: Partial<Record<AbcClass, number>>;
      /** By series id. */
      overrides: Record<string, Partial<InventorySettings>>;
    }
  /** `seriesId` when the field is one series' override. */
  | { ok: false; field: InputField; problem: InputProblem; seriesId?: string };

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
  targetA: { kind: 'number', min: 0, below: 100 },
  targetB: { kind: 'number', min: 0, below: 100 },
  targetC: { kind: 'number', min: 0, below: 100 },
};

const CLASS_TARGETS: Record<AbcClass, InputField> = { A: 'targetA', B: 'targetB', C: 'targetC' };

/** The fields that may be left empty (the engine then has none). */
const OPTIONAL: ReadonlySet<InputField> = new Set(['serviceTarget', 'shelfLife']);

function readField(field: InputField, text: string): number | null | InputProblem {
  const trimmed = text.trim();
  if (trimmed === '') return OPTIONAL.has(field) ? null : { code: 'empty' };
  const rule = RULES[field];
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { code: 'notNumber', text: trimmed };
  if (rule.kind === 'whole' && !Number.isInteger(value)) return { code: 'notWhole' };
  if (value < rule.min) return { code: 'belowMin', min: rule.min };
  if (rule.below !== undefined && !(value > 0 && value < rule.below))
    return { code: 'outOfRange', below: rule.below };
  return value;
}

/** The class target fields are read only when the user opted in to targets by class. */
const isClassTarget = (field: InputField): boolean => Object.values(CLASS_TARGETS).includes(field);

export function readSettings(inputs: InventoryInputs): SettingsReading {
  const values = {} as Record<InputField, number | null>;
  for (const field of Object.keys(RULES) as InputField[]) {
    if (isClassTarget(field) && !inputs.classTargets) continue;
    const value = readField(field, inputs[field]);
    if (value !== null && typeof value === 'object') return { ok: false, field, problem: value };
    values[field] = value;
  }
  const number = (field: InputField): number => values[field] ?? 0;
  const classTargets: Partial<Record<AbcClass, number>> = {};
  if (inputs.classTargets) {
    for (const [abc, field] of Object.entries(CLASS_TARGETS) as [AbcClass, InputField][])
      classTargets[abc] = number(field) / 100;
  }
  const overrides: Record<string, Partial<InventorySettings>> = {};
  for (const row of inputs.seriesOverrides) {
    const own: Partial<InventorySettings> = {};
    for (const field of OVERRIDE_FIELDS) {
      if (row[field].trim() === '') continue;
      const value = readField(field, row[field]);
      if (value === null) continue;
      if (typeof value === 'object') return { ok: false, field, problem: value, seriesId: row.seriesId };
      own[field] = value;
    }
    overrides[row.seriesId] = own;
  }
  return {
    ok: true,
    classTargets,
    overrides,
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
