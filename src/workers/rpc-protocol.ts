/**
 * The wire format of the worker RPC (rpc.ts on the caller's side, rpc-worker.ts on the worker's).
 * A worker's methods are described by one method table; every call crosses as a request envelope
 * with an id, and every reply names the id it answers, so replies can come in any order.
 */
import type { WorkerError } from './protocol';

/** A request as a method table names it: one member of a union discriminated by `type`. */
export interface RpcRequestShape {
  type: string;
}

/**
 * A worker's methods: for each request `type`, the request itself, what it streams while it runs
 * (`never` when nothing), and what it resolves with.
 */
export type RpcMethods = Record<string, { request: RpcRequestShape; progress: unknown; result: unknown }>;

export type RequestOf<M extends RpcMethods> = M[keyof M]['request'];

/** Main thread → worker. */
export type RpcCallMessage<M extends RpcMethods> =
  | { kind: 'request'; id: number; request: RequestOf<M> }
  /** Asks the worker to stop request `id` at its next check of the cancel token. */
  | { kind: 'cancel'; id: number };

/** Worker → main thread: any number of progress replies, then exactly one of the other three. */
export type RpcReplyMessage =
  | { kind: 'progress'; id: number; value: unknown }
  | { kind: 'result'; id: number; value: unknown }
  | { kind: 'error'; id: number; error: WorkerError }
  | { kind: 'cancelled'; id: number };

/** Error codes the RPC itself uses (handlers bring their own for their failures). */
export const RPC_ERROR = {
  /** The request's type is not one of the worker's methods, or the envelope is not one the RPC knows. */
  unknownRequest: 'unknown-request',
  /** The worker raised an uncaught error (it may be dead); every pending request fails with this. */
  workerCrashed: 'worker-crashed',
  /** The request was cancelled (cooperatively, or by terminating the worker). */
  cancelled: 'cancelled',
  /** The handler failed with something that is not a described error. */
  unexpected: 'unexpected',
} as const;
