/**
 * How training survives its backend failing mid-run (a GPU device lost to a driver reset or another
 * tab, a GPU out of memory): the caller (the training worker) knows the backends and moves tfjs to
 * the next one; the network's weights, read back into JavaScript beforehand (weight-snapshot.ts),
 * are put there and the work goes on. Used by the training loop (train.ts) and for what runs on a
 * trained network (global-forecasts.ts).
 */
import type { Parameters } from './parameters';
import { assignWeights, readWeights, type WeightSnapshot } from './weight-snapshot';

export interface Failover {
  /**
   * Rejects once the active backend's device is lost. A lost WebGL context answers no readback (it
   * neither resolves nor throws), so whatever waits on the device races this.
   */
  lost(): Promise<never>;
  /**
   * Called when work on the device failed: moves tfjs to another backend and resolves to true, or
   * to false when none is left (the error then ends the work). `lastFinishedStep` is what the
   * caller reports (the training step it goes on from).
   */
  moveOn(error: unknown, lastFinishedStep: number): Promise<boolean>;
}

/** `work`, or the device's loss if that comes first (a lost device may never answer `work`). */
export function unlessLost<T>(failover: Pick<Failover, 'lost'> | undefined, work: Promise<T>): Promise<T> {
  return failover ? Promise.race([work, failover.lost()]) : work;
}

/**
 * Runs `work` on a trained network whose variables are `parameters`. With a failover, a failure or
 * a lost device meanwhile moves on to the next backend, puts the weights into the variables there,
 * and runs `work` again; `step` is the training step reported. `known`: those weights, already read
 * back (several pieces of work on one network need one read-back); else they are read first.
 */
export async function survivingLoss<T>(
  failover: Failover | undefined,
  parameters: Parameters,
  step: number,
  work: () => Promise<T>,
  known?: WeightSnapshot,
): Promise<T> {
  if (!failover) return work();
  const weights = known ?? (await unlessLost(failover, readWeights(parameters)));
  for (;;) {
    try {
      return await unlessLost(failover, work());
    } catch (error) {
      if (!(await failover.moveOn(error, step))) throw error;
      assignWeights(parameters, weights);
    }
  }
}
