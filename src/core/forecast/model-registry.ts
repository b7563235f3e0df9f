/**
 * The one list of every model the app offers: what each is, not how it is computed. Model ids,
 * score slots, Auto's pools, the time budget, the UI's options and the implementations' lookup all
 * derive from it, so a model is added by its own file plus one line here and one in the
 * implementations of its kind (local-forecasters.ts for the per-series models; the forecast pool
 * for the pooled regression, core/forecast/pooled; the training worker for the networks, which
 * reach the engine as precomputed forecasts). The order is the
 * UI's and Auto's preference on a tie (simpler models first). No implementation is imported here:
 * the page and every worker can read the list without loading a single model.
 */

/** 'local': fitted per series in the forecast pool. 'global': one fit on all series, elsewhere. */
export type ModelKind = 'local' | 'global';

/**
 * 'cheap': a closed form or one short pass per series; 'fitted': an optimiser per series, always
 * run (what makes Auto beat the naive methods); 'budgeted': a search per series (tens to hundreds of
 * ms), fitted only within the run's time budget; 'trained': a network trained once on all series
 * in the training worker (seconds to minutes), only when the user asks for it.
 */
export type CostClass = 'cheap' | 'fitted' | 'budgeted' | 'trained';

/** The default combinations Auto starts from (auto-candidates.ts says why these members). */
export type CombinationRole = 'continuous' | 'intermittent';

export interface ModelDescriptor {
  id: string;
  /** Name shown to users, in every language (a method's name is not translated). */
  label: string;
  kind: ModelKind;
  cost: CostClass;
  /** True when the model is only tried on intermittent or lumpy demand. */
  intermittentOnly: boolean;
  /** The default combinations it is a member of. */
  combinations: readonly CombinationRole[];
  /** True when it uses the mapped covariates (price, promotion) and calendar effects. */
  covariates: boolean;
}

const model = <Id extends string>(
  id: Id,
  label: string,
  cost: CostClass,
  options: Partial<Pick<ModelDescriptor, 'intermittentOnly' | 'combinations' | 'covariates'>> = {},
) =>
  ({
    id,
    label,
    kind: 'local',
    cost,
    intermittentOnly: options.intermittentOnly ?? false,
    combinations: options.combinations ?? [],
    covariates: options.covariates ?? false,
  }) as const;

/**
 * A regression fitted once on all series' histories, by normal equations summed in the forecast pool
 * (core/forecast/pooled). Cost class 'fitted': it always runs, and Auto may choose it.
 */
const pooledRegression = <Id extends string>(id: Id, label: string) =>
  ({
    id,
    label,
    kind: 'global',
    cost: 'fitted',
    intermittentOnly: false,
    combinations: [],
    covariates: true,
  }) as const;

/** A global neural network: labels are the method's name in every language (the UI contract). */
const network = <Id extends string>(id: Id, label: string) =>
  ({
    id,
    label,
    kind: 'global',
    cost: 'trained',
    intermittentOnly: false,
    combinations: [],
    covariates: true,
  }) as const;

export const MODEL_REGISTRY = [
  model('naive', 'Naive', 'cheap'),
  model('snaive', 'Seasonal naive', 'cheap', { combinations: ['intermittent'] }),
  model('moving-average', 'Moving average', 'cheap'),
  model('ets', 'ETS', 'fitted', { combinations: ['continuous'] }),
  model('theta', 'Theta', 'cheap', { combinations: ['continuous'] }),
  model('stl', 'STL', 'budgeted', { combinations: ['continuous'] }),
  model('arima', 'ARIMA', 'budgeted', { combinations: ['continuous'] }),
  model('arx', 'AR-X', 'fitted', { combinations: ['intermittent'], covariates: true }),
  model('croston', 'Croston', 'cheap', { intermittentOnly: true }),
  model('sba', 'SBA', 'cheap', { intermittentOnly: true, combinations: ['intermittent'] }),
  model('tsb', 'TSB', 'cheap', { intermittentOnly: true }),
  pooledRegression('pooled', 'Pooled regression'),
  // Global networks (core/neural). They see the calendar and the mapped covariates.
  network('rnn', 'RNN'),
  network('lstm', 'LSTM'),
  network('gru', 'GRU'),
  network('cnn', 'CNN'),
  network('mlp', 'MLP'),
] as const satisfies readonly ModelDescriptor[];

type Descriptor = (typeof MODEL_REGISTRY)[number];
export type ModelId = Descriptor['id'];
/** Models fitted per series in the forecast pool. */
export type LocalModelId = Extract<Descriptor, { kind: 'local' }>['id'];
/** Models fitted once on all series (the pooled regression, the networks). */
export type GlobalModelId = Extract<Descriptor, { kind: 'global' }>['id'];
/** Networks trained in the training worker, whose forecasts the pool receives precomputed. */
export type NetworkModelId = Extract<Descriptor, { cost: 'trained' }>['id'];

const BY_ID = new Map<string, ModelDescriptor>(
  MODEL_REGISTRY.map((descriptor) => [descriptor.id, descriptor]),
);

export function isModelId(value: string): value is ModelId {
  return BY_ID.has(value);
}

export function modelDescriptor(id: ModelId): ModelDescriptor {
  return BY_ID.get(id) as ModelDescriptor;
}

export const GLOBAL_MODEL_IDS: readonly GlobalModelId[] = MODEL_REGISTRY.flatMap((descriptor) =>
  descriptor.kind === 'global' ? [descriptor.id] : [],
);

export function isGlobalModelId(value: string): value is GlobalModelId {
  return (GLOBAL_MODEL_IDS as readonly string[]).includes(value);
}

export const NETWORK_MODEL_IDS: readonly NetworkModelId[] = MODEL_REGISTRY.filter(
  (descriptor): descriptor is Extract<Descriptor, { cost: 'trained' }> => descriptor.cost === 'trained',
).map((descriptor) => descriptor.id);

/** True for a network: a model the training worker trains before the run. */
export function isNetworkModelId(value: string): value is NetworkModelId {
  return (NETWORK_MODEL_IDS as readonly string[]).includes(value);
}

/**
 * The model whose forecast Auto may average a default combination's median with (auto.ts:
 * anchoredBlend): on continuous demand AR-X, the one model outside that combination that reads the
 * calendar, prices and promotions (on intermittent demand AR-X is a member of the median already).
 */
export const COMBINATION_ANCHORS: Readonly<Partial<Record<CombinationRole, ModelId>>> = { continuous: 'arx' };

/** The members of one of Auto's default combinations, in registry order. */
export function combinationMembers(role: CombinationRole): ModelId[] {
  return MODEL_REGISTRY.filter((descriptor) =>
    (descriptor.combinations as readonly CombinationRole[]).includes(role),
  ).map((descriptor) => descriptor.id);
}

/**
 * The models a run fits, in registry order: Auto's every local model and the pooled regression,
 * plus the network the user added to its pool; a single model with seasonal naive, the reference
 * every leaderboard needs (workers/forecast-evaluation.ts: planModels plans within this list). The
 * run's score blocks have a slot for each of them and none for the rest (score-layout.ts).
 */
export function runModels(choice: ModelId | 'auto', network: NetworkModelId | null): ModelId[] {
  const wanted = (descriptor: ModelDescriptor): boolean =>
    choice === 'auto'
      ? descriptor.cost !== 'trained' || descriptor.id === network
      : descriptor.id === choice || descriptor.id === 'snaive';
  return MODEL_REGISTRY.filter(wanted).map((descriptor) => descriptor.id);
}
