import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../core/dataset/calendar';
import type { InventoryRunData } from '../core/inventory/run-inputs';
import { mulberry32 } from '../core/metrics/seeded-random';
import { createInventoryHandlers, inventoryError } from './inventory-handlers';
import { runInventoryPool, type InventoryClient } from './inventory-pool';
import type { InventoryMethods } from './inventory-protocol';
import { datasetOf } from './forecast-test-dataset';
import { isCancelled, RpcClient } from './rpc';
import { memoryWorker } from './rpc-memory-worker';

function sales(seed: number, length: number, mean: number): number[] {
  const uniform = mulberry32(seed);
  return Array.from({ length }, () => (uniform() < 0.4 ? 0 : Math.round(2 * mean * uniform())));
}

const dataset = datasetOf(
  [
    ...Array.from({ length: 5 }, (_, s) => ({ id: `item-${s}`, values: sales(s + 1, 80, 4 + 3 * s) })),
    { id: 'new', values: [3, 0, 5] },
  ],
  'weekly',
  dayFromYmd(2024, 1, 1),
);
const data: InventoryRunData = {
  dataset,
  forecasts: dataset.seriesIds.map(() => null),
  demandKinds: dataset.seriesIds.map(() => 'intermittent'),
  calibration: null,
  priceColumn: null,
};

function clients(count: number): InventoryClient[] {
  return Array.from(
    { length: count },
    () => new RpcClient<InventoryMethods>(memoryWorker(createInventoryHandlers(), inventoryError), String),
  );
}

describe('runInventoryPool', () => {
  it('plans every series once, the same whatever the number of workers', async () => {
    let progress = 0;
    const two = await runInventoryPool(clients(2), data, { leadTime: 2 }, 9, () => progress++).result;
    const one = await runInventoryPool(clients(1), data, { leadTime: 2 }, 9, () => undefined).result;
    expect(progress).toBe(6);
    expect(two.series.map((series) => series.id)).toEqual(dataset.seriesIds);
    expect(two).toEqual(one);
    expect(two.series.at(-1)?.rule.kind).toBe('naive');
    expect(two.totals.test.demand).toBeGreaterThan(0);
  });

  it('stops when cancelled and rejects as cancelled', async () => {
    const handle = runInventoryPool(clients(2), data, {}, 9, () => undefined);
    handle.cancel();
    await expect(handle.result.catch((error: unknown) => isCancelled(error))).resolves.toBe(true);
  });
});
