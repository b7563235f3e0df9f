/**
 * Permutation importance on the validation windows: shuffle one input group across windows (its
 * values keep their shape, but belong to another window) and see how much the validation loss
 * rises. A group the network ignores scores about 0.
 */
import { mulberry32 } from '../metrics/seeded-random';
import { EVALUATION_CHUNK, fillInChunks, lossOnBatches } from './evaluate';
import { inputGroups, type InputGroup } from './input-groups';
import type { InputLayout } from './input-layout';
import type { NeuralModel } from './model';
import type { WindowBatch } from './window-batch';
import type { WindowSet } from './windows';

export interface InputImportance {
  /**
   * The input group (input-groups.ts): 'sales', 'calendar', 'seasonal-lag', 'identity' or
   * 'covariate:<name>'.
   */
  key: string;
  /** Validation loss with the group shuffled minus the loss without (in the training loss's units). */
  lossIncrease: number;
}

function shuffledOrder(count: number, random: () => number): Int32Array {
  const order = Int32Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

function cloneBatch(batch: WindowBatch): WindowBatch {
  return {
    ...batch,
    sequence: batch.sequence.slice(),
    future: batch.future.slice(),
    seriesIndex: batch.seriesIndex.slice(),
  };
}

/** Copies of `batches` where window i has window order[i]'s values in the group's columns. */
function permuteGroup(
  batches: WindowBatch[],
  layout: InputLayout,
  group: InputGroup,
  order: Int32Array,
): WindowBatch[] {
  const copies = batches.map(cloneBatch);
  const { lookback, horizon, stepColumns, futureStepColumns } = layout;
  order.forEach((from, to) => {
    const target = copies[Math.floor(to / EVALUATION_CHUNK)] as WindowBatch;
    const source = batches[Math.floor(from / EVALUATION_CHUNK)] as WindowBatch;
    const t = to % EVALUATION_CHUNK;
    const f = from % EVALUATION_CHUNK;
    for (let j = 0; j < lookback; j++) {
      for (const c of group.stepColumns) {
        target.sequence[(j * target.size + t) * stepColumns + c] = source.sequence[
          (j * source.size + f) * stepColumns + c
        ] as number;
      }
    }
    for (let h = 0; h < horizon; h++) {
      for (const c of group.futureStepColumns) {
        target.future[(t * horizon + h) * futureStepColumns + c] = source.future[
          (f * horizon + h) * futureStepColumns + c
        ] as number;
      }
    }
    if (group.identity) target.seriesIndex[t] = source.seriesIndex[f] as number;
  });
  return copies;
}

/** Importance of each input group on `set`'s validation windows (empty when it has none). */
export async function permutationImportance(
  model: NeuralModel,
  set: WindowSet,
  seed: number,
): Promise<InputImportance[]> {
  const { network, layout, settings } = model;
  const batches = fillInChunks(set.series, layout, set.validation);
  const windows = batches.reduce((n, batch) => n + batch.size, 0);
  if (windows === 0) return [];
  const baseline = await lossOnBatches(network, layout, batches, settings.loss);
  const random = mulberry32(seed);
  const importances: InputImportance[] = [];
  for (const group of inputGroups(layout)) {
    const permuted = permuteGroup(batches, layout, group, shuffledOrder(windows, random));
    const loss = await lossOnBatches(network, layout, permuted, settings.loss);
    importances.push({ key: group.key, lossIncrease: loss - baseline });
  }
  return importances;
}
