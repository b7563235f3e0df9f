import { describe, expect, it } from 'vitest';
import { buildInputLayout } from './input-layout';
import {
  modelFitProblem,
  savedMetaOf,
  withSavedMeta,
  type DataShape,
  type SavedModelMeta,
} from './saved-model';
import { syntheticDailySeries } from './test-support/synthetic-series';

const series = (count: number, withPromo: boolean) =>
  syntheticDailySeries({ count, length: 40, horizon: 7, seed: 2, withPromo });
const shape = (count: number, withPromo: boolean): DataShape => {
  const all = series(count, withPromo);
  return {
    seriesCount: all.length,
    frequency: all[0]!.frequency,
    covariateNames: all[0]!.covariates.map((c) => c.name),
  };
};

describe('a saved network and the data loaded now', () => {
  const trainedOn = series(3, true);
  const layout = buildInputLayout(
    trainedOn,
    trainedOn.map(() => ({ trainEnd: 30, validationEnd: 40 })),
    7,
    14,
    true,
  );

  it('fits the same series and covariates, and says why anything else does not', () => {
    expect(modelFitProblem(layout, shape(3, true))).toBeNull();
    expect(modelFitProblem(layout, shape(4, true))).toBe('series-count');
    expect(modelFitProblem(layout, shape(3, false))).toBe('covariates');
    expect(modelFitProblem(layout, { ...shape(3, true), frequency: 'weekly' })).toBe('frequency');
  });

  it('keeps its name and training facts in the artifacts', () => {
    const meta: SavedModelMeta = {
      name: 'LSTM 2026-12-04 19:00',
      savedAt: '2026-12-04T19:00:00.000Z',
      stepsRun: 40,
      bestValidationLoss: null,
      backend: 'wasm',
      trainedOn: 'all-history',
    };
    expect(savedMetaOf(withSavedMeta({}, meta))).toEqual(meta);
    expect(savedMetaOf({ userDefinedMetadata: { other: {} } })).toBeNull();
  });
});
