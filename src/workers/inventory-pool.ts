/**
 * Main-thread side of an inventory plan: a pool of module workers (one per core, up to 4), each
 * handed the forecast run once, then fed batches of series while any are left; plans stream back
 * as progress. Cancel is cooperative (workers yield between series), so the pool and the run it
 * holds survive it and serve the chart's replays. A crashed worker takes the pool down; the next
 * plan starts a fresh one.
 */
import type { AbcClass } from '../core/inventory/abc-xyz';
import type { InventoryPlan, SeriesInventoryPlan } from '../core/inventory/plan';
import { planTotals } from '../core/inventory/plan';
import type { InventoryRunData } from '../core/inventory/run-inputs';
import type { SeriesTrace } from '../core/inventory/series-trace';
import type { SeriesTradeOff } from '../core/inventory/trade-off';
import type { InventorySettings } from '../core/inventory/types';
import { batchSize, poolSize } from './forecast-pool';
import { INVENTORY_ERROR, type InventoryMethods } from './inventory-protocol';
import { RpcClient, RpcError, type RpcCall } from './rpc';
import { RPC_ERROR } from './rpc-protocol';

export type InventoryClient = RpcClient<InventoryMethods>;

let pool: InventoryClient[] = [];
/** The run and seed the pool holds, for the chart's replays. */
let holding: { data: InventoryRunData; seed: number } | null = null;

function connect(): InventoryClient {
  return new RpcClient<InventoryMethods>(
    new Worker(new URL('./inventory.worker.ts', import.meta.url), { type: 'module' }),
    (detail) => detail,
  );
}

function discardPool(): void {
  for (const client of pool) client.terminate();
  pool = [];
  holding = null;
}

export interface InventoryPlanHandle {
  result: Promise<InventoryPlan>;
  cancel(): void;
}

export function startInventoryPlan(
  data: InventoryRunData,
  settings: Partial<InventorySettings>,
  seed: number,
  onProgress: (done: number) => void,
  classTargets: Partial<Record<AbcClass, number>> = {},
): InventoryPlanHandle {
  const seriesCount = data.dataset.seriesIds.length;
  const size = Math.min(poolSize(navigator.hardwareConcurrency), Math.max(1, seriesCount));
  while (pool.length < size) pool.push(connect());
  holding = null;
  const handle = runInventoryPool(pool.slice(0, size), data, settings, seed, onProgress, classTargets);
  const result = handle.result.then(
    (plan) => {
      holding = { data, seed };
      return plan;
    },
    (error: unknown) => {
      if (error instanceof RpcError && error.code === RPC_ERROR.workerCrashed) discardPool();
      throw error;
    },
  );
  return { result, cancel: handle.cancel };
}

/** The plan itself, on workers already started: the run loaded on each, then batches while series are left. */
export function runInventoryPool(
  workers: readonly InventoryClient[],
  data: InventoryRunData,
  settings: Partial<InventorySettings>,
  seed: number,
  onProgress: (done: number) => void,
  classTargets: Partial<Record<AbcClass, number>> = {},
): InventoryPlanHandle {
  const seriesCount = data.dataset.seriesIds.length;
  const perBatch = batchSize(seriesCount, workers.length);
  const inFlight = new Set<RpcCall<unknown>>();
  let cancelled = false;
  let done = 0;

  const track = <T>(call: RpcCall<T>): Promise<T> => {
    inFlight.add(call);
    return call.result.finally(() => inFlight.delete(call));
  };

  const plan = async (): Promise<InventoryPlan> => {
    const [classes] = await Promise.all(
      workers.map((client) => track(client.call({ type: 'load-run', data }))),
    );
    const plans = new Array<SeriesInventoryPlan>(seriesCount);
    let next = 0;
    const feed = async (client: InventoryClient): Promise<void> => {
      while (!cancelled && next < seriesCount) {
        const indices = Array.from({ length: Math.min(perBatch, seriesCount - next) }, (_, k) => next + k);
        next += indices.length;
        const call = client.call(
          {
            type: 'plan-batch',
            indices,
            classes: indices.map((s) => classes?.[s] ?? 'C'),
            settings,
            classTargets,
            seed,
          },
          { onProgress: () => onProgress(++done) },
        );
        const batch = await track(call);
        for (const [k, s] of indices.entries()) plans[s] = batch[k] as SeriesInventoryPlan;
      }
    };
    await Promise.all(workers.map(feed));
    if (cancelled) throw new RpcError({ code: RPC_ERROR.cancelled, message: 'plan cancelled' });
    return { series: plans, totals: planTotals(plans) };
  };

  const result = plan().catch((error: unknown) => {
    // One batch failing stops the others.
    for (const call of inFlight) call.cancel();
    throw error;
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      for (const call of inFlight) call.cancel();
    },
  };
}

/** Asks the worker that holds the last plan's run for one series' view of it (replay or curve). */
function callOnHolder<Result>(
  call: (client: InventoryClient, seed: number) => RpcCall<Result>,
): RpcCall<Result> {
  const client = pool[0];
  if (client === undefined || holding === null) {
    const error = new RpcError({ code: INVENTORY_ERROR.replayStale, message: 'no planned run held' });
    return { result: Promise.reject(error), cancel: () => undefined };
  }
  return call(client, holding.seed);
}

/** The replay of series `index` of the last plan, on a worker that holds its run. */
export function traceOnPool(index: number, plan: SeriesInventoryPlan): RpcCall<SeriesTrace> {
  return callOnHolder((client, seed) => client.call({ type: 'series-trace', index, plan, seed }));
}

/** The cost/service curve of series `index` of the last plan (null when it was too short to tune). */
export function tradeOffOnPool(index: number, plan: SeriesInventoryPlan): RpcCall<SeriesTradeOff | null> {
  return callOnHolder((client, seed) => client.call({ type: 'series-trade-off', index, plan, seed }));
}
