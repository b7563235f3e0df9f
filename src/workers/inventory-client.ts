/**
 * Main-thread side of the inventory worker: one module worker, started on first use and kept for
 * the chart's replays of the last plan. Cancelling a plan is cooperative (the worker yields between
 * series), so the worker and its last plan survive a cancel.
 */
import type { InventoryMethods } from './inventory-protocol';
import { RpcClient } from './rpc';

export type InventoryClient = RpcClient<InventoryMethods>;

let client: InventoryClient | null = null;

export function inventoryClient(): InventoryClient {
  client ??= new RpcClient<InventoryMethods>(
    new Worker(new URL('./inventory.worker.ts', import.meta.url), { type: 'module' }),
    (detail) => `The inventory worker stopped: ${detail}.`,
  );
  return client;
}

/** Drops a worker that crashed, so the next run starts a fresh one. */
export function discardInventoryClient(): void {
  client?.terminate();
  client = null;
}
