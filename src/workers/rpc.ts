/**
 * The caller's side of the worker RPC: sends each request with an id of its own, keeps the
 * request's promise and progress handler under that id, and settles the one the reply names, so
 * two requests in flight can never take each other's replies.
 */
import type { WorkerError } from './protocol';
import { RPC_ERROR, type RpcCallMessage, type RpcMethods, type RpcReplyMessage } from './rpc-protocol';

/** What a worker's `error` event carries that the RPC reads. */
export interface RpcCrashEvent {
  message: string;
  preventDefault(): void;
}

/** A Worker, or anything that talks like one (a MessagePort pair in tests). */
export interface RpcEndpoint {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<RpcReplyMessage>) => void): void;
  addEventListener(type: 'error', listener: (event: RpcCrashEvent) => void): void;
  terminate(): void;
}

/** A request that did not give a result: `error` is its envelope (code `cancelled` when it was cancelled). */
export class RpcError extends Error {
  readonly code: string;

  constructor(readonly error: WorkerError) {
    super(error.message);
    this.name = 'RpcError';
    this.code = error.code;
  }
}

export function isCancelled(error: unknown): boolean {
  return error instanceof RpcError && error.code === RPC_ERROR.cancelled;
}

/** The envelope of a rejected request (anything else thrown is reported as unexpected). */
export function errorEnvelope(error: unknown): WorkerError {
  return error instanceof RpcError ? error.error : { code: RPC_ERROR.unexpected, message: messageOf(error) };
}

export interface RpcCall<Result> {
  readonly result: Promise<Result>;
  /**
   * Asks the worker to stop: its handler sees the cancel token, and `result` rejects as cancelled
   * once the worker answers (whatever it answers). A worker that cannot check the token soon
   * enough is the caller's to terminate.
   */
  cancel(): void;
}

export interface CallOptions<Progress> {
  onProgress?: (value: Progress) => void;
  /** Buffers of the request to move to the worker instead of copying. */
  transfer?: Transferable[];
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: RpcError): void;
  onProgress: ((value: unknown) => void) | undefined;
  cancelRequested: boolean;
}

export class RpcClient<M extends RpcMethods> {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Set once the worker crashed or was terminated: later calls fail at once with it. */
  private closedWith: WorkerError | null = null;

  /** `crashMessage` words a crash for the user, from the error's own message. */
  constructor(
    private readonly endpoint: RpcEndpoint,
    private readonly crashMessage: (detail: string) => string,
  ) {
    endpoint.addEventListener('message', (event) => this.receive(event.data));
    endpoint.addEventListener('error', (event) => {
      event.preventDefault();
      this.close({ code: RPC_ERROR.workerCrashed, message: crashMessage(event.message || 'unknown error') });
    });
  }

  call<K extends keyof M & string>(
    request: M[K]['request'] & { type: K },
    options: CallOptions<M[K]['progress']> = {},
  ): RpcCall<M[K]['result']> {
    const id = this.nextId++;
    const result = new Promise<M[K]['result']>((resolve, reject) => {
      if (this.closedWith !== null) {
        reject(new RpcError(this.closedWith));
        return;
      }
      this.pending.set(id, {
        resolve: resolve as (value: unknown) => void,
        reject,
        onProgress: options.onProgress as ((value: unknown) => void) | undefined,
        cancelRequested: false,
      });
      try {
        this.post({ kind: 'request', id, request }, options.transfer ?? []);
      } catch (thrown) {
        this.pending.delete(id);
        reject(new RpcError({ code: RPC_ERROR.unexpected, message: messageOf(thrown) }));
      }
    });
    return { result, cancel: () => this.cancel(id) };
  }

  /** Ends the worker at once; every pending request rejects as cancelled. */
  terminate(): void {
    this.endpoint.terminate();
    this.close({ code: RPC_ERROR.cancelled, message: 'The worker was stopped.' });
  }

  private cancel(id: number): void {
    const pending = this.pending.get(id);
    if (pending === undefined || pending.cancelRequested) return;
    pending.cancelRequested = true;
    this.post({ kind: 'cancel', id }, []);
  }

  private post(message: RpcCallMessage<M>, transfer: Transferable[]): void {
    this.endpoint.postMessage(message, transfer);
  }

  private close(error: WorkerError): void {
    if (this.closedWith !== null) return;
    this.closedWith = error;
    const settled = [...this.pending.values()];
    this.pending.clear();
    for (const pending of settled) pending.reject(new RpcError(error));
  }

  private receive(reply: RpcReplyMessage): void {
    // No entry: a reply to a request already settled (its worker crashed or was terminated).
    const pending = this.pending.get(reply.id);
    if (pending === undefined) return;
    if (reply.kind === 'progress') {
      pending.onProgress?.(reply.value);
      return;
    }
    this.pending.delete(reply.id);
    // A reply that crossed the cancel in flight is not wanted any more.
    if (pending.cancelRequested) {
      pending.reject(new RpcError({ code: RPC_ERROR.cancelled, message: 'The request was cancelled.' }));
      return;
    }
    switch (reply.kind) {
      case 'result':
        pending.resolve(reply.value);
        return;
      case 'error':
        pending.reject(new RpcError(reply.error));
        return;
      case 'cancelled':
        pending.reject(new RpcError({ code: RPC_ERROR.cancelled, message: 'The request was cancelled.' }));
        return;
      default:
        pending.reject(unknownReply(reply));
    }
  }
}

function unknownReply(reply: never): RpcError {
  const kind = (reply as { kind?: unknown }).kind;
  return new RpcError({ code: RPC_ERROR.unknownRequest, message: `Unknown reply kind "${String(kind)}".` });
}

function messageOf(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}
