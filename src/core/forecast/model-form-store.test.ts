import { describe, expect, it } from 'vitest';
import { LOCAL_FORECASTERS } from './local-forecasters';
import { createModelFormStore } from './model-form-store';
import type { DescribedModel } from './run-results';
import type { SeriesInput } from './types';

const HORIZON = 6;
const SEASON = [10, 12, 15, 20, 26, 30, 32, 30, 24, 18, 14, 11];

/** Four years of monthly sales with a price column, smooth or intermittent. */
function input(sparse: boolean): SeriesInput {
  const y = Float64Array.from({ length: 48 }, (_, t) =>
    sparse ? (t % 4 === 0 ? 3 + (t % 3) : 0) : (SEASON[t % 12] as number) * (1 + t / 60) + (t % 5),
  );
  return {
    y,
    frequency: 'monthly',
    dates: Int32Array.from({ length: 48 + HORIZON }, (_, t) => 18262 + Math.round(t * 30.44)),
    covariates: [
      {
        name: 'price "list" {"":null}',
        kind: 'numeric',
        values: Float64Array.from({ length: 48 + HORIZON }, (_, t) => 9.99 - (t % 7 === 0 ? 2 : 0)),
      },
    ],
  } as SeriesInput;
}

/** What every local model says about itself on these series (each model's real description). */
function fittedDescriptions(): DescribedModel[][] {
  return [input(false), input(true)].flatMap((series) =>
    LOCAL_FORECASTERS.map((forecaster) => [
      { id: forecaster.id, description: forecaster.fit(series, { horizon: HORIZON, seed: 1 }).describe() },
    ]),
  );
}

describe('model-form store', () => {
  it('reads back the very descriptions it was given, for every local model', () => {
    const store = createModelFormStore();
    const kept = fittedDescriptions();
    // Auto's blend: several models behind one series.
    kept.push(kept.slice(0, 3).flat());
    const handles = kept.map((described) => store.add(described));
    handles.forEach((handle, k) => expect(store.read(handle), `entry ${k}`).toEqual(kept[k]));
  });

  it('keeps every number exactly, NaN, −0 and infinities included, and odd column names as they are', () => {
    const store = createModelFormStore();
    const odd: DescribedModel[] = [
      {
        id: 'arx',
        description: {
          form: {
            code: 'stl',
            periods: [7, 365.25],
            inner: { code: 'theta', optimised: true, theta: -0, season: null },
          },
          parameters: [
            { name: { code: 'covariate', column: '{"":null}', scale: 'log' }, value: NaN },
            { name: { code: 'category', column: '', category: '0' }, value: -Infinity },
            { name: { code: 'lag', n: 3 }, value: 1e-310 },
          ],
          aicc: 0.1 + 0.2,
        },
      },
    ];
    const first = store.add([]);
    const handle = store.add(odd);
    expect(store.read(first)).toEqual([]);
    const back = store.read(handle);
    expect(back).toEqual(odd);
    const parameters = back[0]?.description.parameters ?? [];
    expect(Number.isNaN(parameters[0]?.value)).toBe(true);
    expect(Object.is((back[0]?.description.form as { inner: { theta: number } }).inner.theta, -0)).toBe(true);
    expect(() => store.read(2)).toThrow(RangeError);
  });

  it('reads back any one of 30,000 series sharing a few forms', () => {
    const store = createModelFormStore();
    const kept = fittedDescriptions();
    const handles = Array.from({ length: 30_000 }, (_, s) => {
      const [entry] = kept[s % kept.length] as DescribedModel[];
      const { id, description } = entry as DescribedModel;
      const parameters = description.parameters.map((p) => ({ ...p, value: p.value + s }));
      return store.add([{ id, description: { ...description, parameters } }]);
    });
    const s = 12_345;
    const [entry] = kept[s % kept.length] as DescribedModel[];
    const read = store.read(handles[s] as number)[0];
    expect(read?.description.parameters.map((p) => p.value)).toEqual(
      entry?.description.parameters.map((p) => p.value + s),
    );
  });
});
