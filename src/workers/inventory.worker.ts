/**
 * The inventory worker: plans a forecast run's series one at a time, reporting progress after each
 * and handing the event loop back every few tens of ms so a cancel can get through. It keeps the
 * last plan so the chart can ask for the replay of one series.
 */
import { planInventorySteps, type InventoryPlan } from '../core/inventory/plan';
import {
  pendingInput,
  pendingInputs,
  runProvider,
  type InventoryRunData,
} from '../core/inventory/run-inputs';
import { traceSeries } from '../core/inventory/series-trace';
import { InvalidSettingError, resolveSettings } from '../core/inventory/settings';
import type { WorkerError } from './protocol';
import { INVENTORY_ERROR, type InventoryMethods } from './inventory-protocol';
import { RPC_ERROR } from './rpc-protocol';
import { RpcFailure, serveRpc, withTransfer, type RpcWorkerScope } from './rpc-worker';

/** Longest stretch of planning between two looks at the message queue. */
const SLICE_MS = 30;

let last: { data: InventoryRunData; plan: InventoryPlan; seed: number } | null = null;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function toError(thrown: unknown): WorkerError {
  if (thrown instanceof InvalidSettingError) {
    return {
      code: INVENTORY_ERROR.invalidSetting,
      message: `The setting "${thrown.setting}" is out of range.`,
    };
  }
  return { code: INVENTORY_ERROR.failed, message: thrown instanceof Error ? thrown.message : String(thrown) };
}

serveRpc<InventoryMethods>(
  self as unknown as RpcWorkerScope,
  {
    async 'plan-inventory'(request, context) {
      const { data, settings, seed } = request;
      const resolved = resolveSettings(settings);
      const inputs = pendingInputs(data);
      const steps = planInventorySteps(
        inputs,
        (s) => runProvider(data, s, resolved, seed + s),
        settings,
        data.dataset.frequency,
        seed,
        request.classTargets,
      );
      let sliceStart = Date.now();
      for (;;) {
        const step = steps.next();
        if (step.done === true) {
          last = { data, plan: step.value, seed };
          return step.value;
        }
        context.progress({ done: step.value, total: inputs.length });
        if (Date.now() - sliceStart > SLICE_MS) {
          await nextTask();
          // serveRpc answers `cancelled` for a handler that throws after its cancel was asked for.
          if (context.cancel.cancelled)
            throw new RpcFailure({ code: RPC_ERROR.cancelled, message: 'Cancelled.' });
          sliceStart = Date.now();
        }
      }
    },
    'series-trace'(request) {
      const plan = last?.plan.series[request.index];
      if (last === null || plan === undefined) {
        throw new RpcFailure({ code: INVENTORY_ERROR.noPlan, message: 'No plan holds that series.' });
      }
      const { data, seed } = last;
      const input = pendingInput(data, request.index);
      const provider = runProvider(data, request.index, plan.settings, seed + request.index);
      const trace = traceSeries({ ...input, provider }, plan, data.dataset.frequency, seed + request.index);
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
  },
  toError,
);
