/**
 * An RPC worker in the same thread, over a MessageChannel: the tests' stand-in for a Worker,
 * with a `crash` that raises the `error` event a real worker raises on an uncaught error.
 */
import type { WorkerError } from './protocol';
import type { RpcCrashEvent, RpcEndpoint } from './rpc';
import type { RpcMethods, RpcReplyMessage } from './rpc-protocol';
import { serveRpc, type RpcHandlers, type RpcWorkerScope } from './rpc-worker';

type MessageListener = (event: MessageEvent<RpcReplyMessage>) => void;
type CrashListener = (event: RpcCrashEvent) => void;

export interface MemoryWorker extends RpcEndpoint {
  crash(message: string): void;
}

export function memoryWorker<M extends RpcMethods>(
  handlers: RpcHandlers<M>,
  toError: (thrown: unknown) => WorkerError = (thrown) => ({ code: 'failed', message: String(thrown) }),
): MemoryWorker {
  const { port1, port2 } = new MessageChannel();
  serveRpc(port2 as unknown as RpcWorkerScope, handlers, toError);
  port2.start();
  port1.start();
  const crashListeners: CrashListener[] = [];
  return {
    postMessage: (message, transfer) => port1.postMessage(message, transfer),
    addEventListener(type: 'message' | 'error', listener: MessageListener | CrashListener) {
      if (type === 'message') port1.addEventListener('message', listener as MessageListener);
      else crashListeners.push(listener as CrashListener);
    },
    terminate() {
      port1.close();
      port2.close();
    },
    crash(message) {
      for (const listener of crashListeners) listener({ message, preventDefault: () => undefined });
    },
  };
}
