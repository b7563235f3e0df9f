import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { survivingLoss, type Failover } from './failover';
import { parameterFactory } from './parameters';
import { useCpuBackend } from './test-support/cpu-backend';

const never = (): Promise<never> => new Promise<never>(() => undefined);

/** Two small variables, and a way to spoil them as a lost device leaves them. */
function weights() {
  const factory = parameterFactory(3);
  factory.constant('bias', [3], 0.5);
  factory.glorot('kernel', [2, 3]);
  const { parameters } = factory;
  const values = () => [...parameters.values()].map((v) => Array.from(v.dataSync()));
  const spoil = () => {
    for (const variable of parameters.values()) {
      const garbage = tf.fill(variable.shape, NaN);
      variable.assign(garbage);
      garbage.dispose();
    }
  };
  return { parameters, values, spoil };
}

describe('survivingLoss: work on a trained network outlives its device', () => {
  beforeAll(useCpuBackend);

  it('moves on after a failure and runs the work again on the weights it had', async () => {
    const { parameters, values, spoil } = weights();
    const before = values();
    const moves: number[] = [];
    const failover: Failover = {
      lost: never,
      moveOn: (_error, step) => {
        moves.push(step);
        return Promise.resolve(true);
      },
    };
    let runs = 0;
    const seen = await survivingLoss(failover, parameters, 40, () => {
      runs += 1;
      if (runs === 1) {
        spoil();
        return Promise.reject(new Error('The Device was lost'));
      }
      return Promise.resolve(values());
    });
    expect(moves).toEqual([40]);
    expect(seen).toEqual(before);
  });

  it('does not wait for work that a lost device will never answer', async () => {
    const { parameters } = weights();
    let gone = false;
    const failover: Failover = {
      lost: () => (gone ? Promise.reject(new Error('The WebGL context was lost')) : never()),
      moveOn: () => {
        gone = false;
        return Promise.resolve(true);
      },
    };
    let runs = 0;
    const result = survivingLoss(failover, parameters, 7, () => {
      runs += 1;
      if (runs > 1) return Promise.resolve('forecasts');
      // The context is lost while this work waits on it: it never answers.
      gone = true;
      return never();
    });
    await expect(result).resolves.toBe('forecasts');
    expect(runs).toBe(2);
  });

  it('ends with the error when no backend is left, and runs the work once without a failover', async () => {
    const { parameters } = weights();
    const failing = () => Promise.reject(new Error('lost'));
    await expect(
      survivingLoss({ lost: never, moveOn: () => Promise.resolve(false) }, parameters, 1, failing),
    ).rejects.toThrow('lost');
    let runs = 0;
    await expect(
      survivingLoss(undefined, parameters, 1, () => {
        runs += 1;
        return failing();
      }),
    ).rejects.toThrow('lost');
    expect(runs).toBe(1);
  });
});
