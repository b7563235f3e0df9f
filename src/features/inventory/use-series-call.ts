/**
 * One series' view of the last plan asked of the inventory worker (its replay, its cost/service
 * curve): the previous request is cancelled when the pick or the plan changes, and an answer for an
 * earlier plan is never shown for a newer one.
 */
import { useEffect, useState } from 'react';
import type { SeriesInventoryPlan } from '../../core/inventory/plan';
import type { WorkerError } from '../../workers/protocol';
import { errorEnvelope, isCancelled, type RpcCall } from '../../workers/rpc';

export interface SeriesCall<T> {
  /** Undefined while the worker computes it. */
  value: T | undefined;
  error: WorkerError | null;
}

export function useSeriesCall<T>(
  index: number,
  plan: SeriesInventoryPlan,
  start: (index: number, plan: SeriesInventoryPlan) => RpcCall<T>,
): SeriesCall<T> {
  const [state, setState] = useState<SeriesCall<T> & { plan: SeriesInventoryPlan | null }>({
    plan: null,
    value: undefined,
    error: null,
  });
  useEffect(() => {
    const call = start(index, plan);
    call.result.then(
      (value) => setState({ plan, value, error: null }),
      (error: unknown) => {
        if (!isCancelled(error)) setState({ plan, value: undefined, error: errorEnvelope(error) });
      },
    );
    return () => call.cancel();
  }, [index, plan, start]);
  return state.plan === plan ? state : { value: undefined, error: null };
}
