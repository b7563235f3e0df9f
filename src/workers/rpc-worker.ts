/**
 * The worker's side of the worker RPC: runs the handler a request's `type` names, hands it a
 * cancel token and a progress channel for that request, and answers with the request's id: a
 * result, an error envelope, or `cancelled`. A request of a type the worker does not serve is
 * answered with an `unknown-request` error, never taken for another request.
 */
import type { CancelToken } from '../core/forecast/types';
import type { WorkerError } from './protocol';
import {
  RPC_ERROR,
  type RequestOf,
  type RpcCallMessage,
  type RpcMethods,
  type RpcReplyMessage,
} from './rpc-protocol';

/** The slice of a dedicated worker's global scope (or of a MessagePort) the RPC uses. */
export interface RpcWorkerScope {
  postMessage(message: RpcReplyMessage, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

export interface RpcContext<Progress> {
  /** Turns `cancelled` when the caller cancels this request; long work checks it where it can stop. */
  readonly cancel: CancelToken;
  progress(value: Progress, transfer?: Transferable[]): void;
}

/** A result with buffers to move to the caller instead of copying. */
export class Transferred<T> {
  constructor(
    readonly value: T,
    readonly transfer: Transferable[],
  ) {}
}

export function withTransfer<T>(value: T, transfer: Transferable[]): Transferred<T> {
  return new Transferred(value, transfer);
}

/** Thrown by a handler to fail with exactly this envelope. */
export class RpcFailure extends Error {
  constructor(readonly error: WorkerError) {
    super(error.message);
    this.name = 'RpcFailure';
  }
}

type Reply<T> = T | Transferred<T>;

/** One handler per method: a missing one is a type error, so dispatch is exhaustive. */
export type RpcHandlers<M extends RpcMethods> = {
  [K in keyof M]: (
    request: M[K]['request'],
    context: RpcContext<M[K]['progress']>,
  ) => Reply<M[K]['result']> | Promise<Reply<M[K]['result']>>;
};

type AnyHandler = (request: unknown, context: RpcContext<unknown>) => unknown;

/** `toError` turns anything else a handler throws into the envelope the caller receives. */
export function serveRpc<M extends RpcMethods>(
  scope: RpcWorkerScope,
  handlers: RpcHandlers<M>,
  toError: (thrown: unknown) => WorkerError,
): void {
  const running = new Map<number, { cancelled: boolean }>();
  const table = handlers as unknown as Record<string, AnyHandler>;

  const run = async (id: number, request: RequestOf<M>): Promise<void> => {
    const type: unknown = (request as Partial<RequestOf<M>> | undefined)?.type;
    const handler = typeof type === 'string' && Object.hasOwn(table, type) ? table[type] : undefined;
    if (handler === undefined) {
      const message = `This worker has no request "${String(type)}".`;
      scope.postMessage({ kind: 'error', id, error: { code: RPC_ERROR.unknownRequest, message } }, []);
      return;
    }
    const token = { cancelled: false };
    running.set(id, token);
    const context: RpcContext<unknown> = {
      cancel: token,
      progress: (value, transfer = []) => scope.postMessage({ kind: 'progress', id, value }, transfer),
    };
    try {
      const reply = await handler(request, context);
      if (token.cancelled) scope.postMessage({ kind: 'cancelled', id }, []);
      else if (reply instanceof Transferred)
        scope.postMessage({ kind: 'result', id, value: reply.value }, reply.transfer);
      else scope.postMessage({ kind: 'result', id, value: reply }, []);
    } catch (thrown) {
      if (token.cancelled) scope.postMessage({ kind: 'cancelled', id }, []);
      else {
        const error = thrown instanceof RpcFailure ? thrown.error : toError(thrown);
        scope.postMessage({ kind: 'error', id, error }, []);
      }
    } finally {
      running.delete(id);
    }
  };

  scope.addEventListener('message', (event) => {
    const message = event.data as RpcCallMessage<M>;
    switch (message.kind) {
      case 'request':
        void run(message.id, message.request);
        return;
      case 'cancel': {
        // No entry: the request has already been answered.
        const token = running.get(message.id);
        if (token !== undefined) token.cancelled = true;
        return;
      }
      default:
        scope.postMessage(unknownMessage(message), []);
    }
  });
}

function unknownMessage(message: never): RpcReplyMessage {
  const { id, kind } = (message ?? {}) as { id?: unknown; kind?: unknown };
  return {
    kind: 'error',
    id: typeof id === 'number' ? id : -1,
    error: { code: RPC_ERROR.unknownRequest, message: `Unknown message kind "${String(kind)}".` },
  };
}
