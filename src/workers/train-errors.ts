/**
 * The training worker's failures as the RPC's error envelope: a code and params the page words
 * (neural namespace, `errors`), and an English message for logs.
 */
import { RpcFailure } from './rpc-worker';
import type { TrainFailure } from './train-protocol';

export function trainFailure(failure: TrainFailure): RpcFailure {
  return new RpcFailure({
    code: failure.code,
    message: `${failure.code} ${JSON.stringify(failure.params)}`,
    params: failure.params,
  });
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
