/** An inventory worker of the pool (inventory-pool.ts): serves the handlers of inventory-handlers.ts. */
import { createInventoryHandlers, inventoryError } from './inventory-handlers';
import type { InventoryMethods } from './inventory-protocol';
import { serveRpc, type RpcWorkerScope } from './rpc-worker';

serveRpc<InventoryMethods>(self as unknown as RpcWorkerScope, createInventoryHandlers(), inventoryError);
