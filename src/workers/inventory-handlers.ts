/**
 * What an inventory worker does, as an RPC handler table (the worker file serves it; tests serve it
 * over a MessageChannel): keeps the forecast run it was handed, plans batches of its series
 * (progress after each series, handing the event loop back every few tens of ms so a cancel can get
 * through), and replays one planned series for the chart and for its cost/service curve.
 */
import { abcClassesOf, planClassifiedSeries, type SeriesInventoryPlan } from '../core/inventory/plan';
import {
  pendingInput,
  pendingInputs,
  runProvider,
  type InventoryRunData,
} from '../core/inventory/run-inputs';
import { traceSeries } from '../core/inventory/series-trace';
import { seriesTradeOff } from '../core/inventory/trade-off';
import { InvalidSettingError, resolveSettings } from '../core/inventory/settings';
import type { WorkerError } from './protocol';
import { INVENTORY_ERROR, type InventoryMethods } from './inventory-protocol';
import { RPC_ERROR } from './rpc-protocol';
import { RpcFailure, withTransfer, type RpcHandlers } from './rpc-worker';

/** Longest stretch of planning between two looks at the message queue. */
const SLICE_MS = 30;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function inventoryError(thrown: unknown): WorkerError {
  if (thrown instanceof InvalidSettingError) {
    return {
      code: INVENTORY_ERROR.invalidSetting,
      message: `setting ${thrown.setting} out of range`,
      params: { setting: thrown.setting },
    };
  }
  return { code: INVENTORY_ERROR.failed, message: thrown instanceof Error ? thrown.message : String(thrown) };
}

export function createInventoryHandlers(): RpcHandlers<InventoryMethods> {
  let loaded: InventoryRunData | null = null;
  const run = (): InventoryRunData => {
    if (loaded === null) {
      throw new RpcFailure({ code: INVENTORY_ERROR.noRun, message: 'no run loaded' });
    }
    return loaded;
  };
  return {
    'load-run'(request) {
      loaded = request.data;
      return abcClassesOf(pendingInputs(request.data));
    },
    async 'plan-batch'(request, context) {
      const data = run();
      const { settings, seed } = request;
      resolveSettings(settings); // the shared settings, checked before any series
      const plans: SeriesInventoryPlan[] = [];
      let sliceStart = Date.now();
      for (const [k, s] of request.indices.entries()) {
        const pending = pendingInput(data, s);
        // A lead time from the file changes how far ahead this series' forecasts must reach.
        const resolved = resolveSettings(settings, pending.overrides);
        const input = { ...pending, provider: runProvider(data, s, resolved, seed + s) };
        const abc = request.classes[k] ?? 'C';
        plans.push(
          planClassifiedSeries(input, abc, settings, data.dataset.frequency, seed + s, request.classTargets),
        );
        context.progress(1);
        if (Date.now() - sliceStart > SLICE_MS) {
          await nextTask();
          // serveRpc answers `cancelled` for a handler that throws once its cancel was asked for.
          if (context.cancel.cancelled)
            throw new RpcFailure({ code: RPC_ERROR.cancelled, message: 'Cancelled.' });
          sliceStart = Date.now();
        }
      }
      return plans;
    },
    'series-trace'(request) {
      const data = run();
      const { index, plan, seed } = request;
      const provider = runProvider(data, index, plan.settings, seed + index);
      const trace = traceSeries(
        { ...pendingInput(data, index), provider },
        plan,
        data.dataset.frequency,
        seed + index,
      );
      const { onHand, position, ordered, received, short } = trace.trace;
      return withTransfer(trace, [
        trace.demand.buffer,
        onHand.buffer,
        position.buffer,
        ordered.buffer,
        received.buffer,
        short.buffer,
      ]);
    },
    'series-trade-off'(request) {
      const data = run();
      const { index, plan, seed } = request;
      const provider = runProvider(data, index, plan.settings, seed + index);
      return seriesTradeOff(
        { ...pendingInput(data, index), provider },
        plan,
        data.dataset.frequency,
        seed + index,
      );
    },
  };
}
