import { describe, expect, it } from 'vitest';
import { dataFingerprint } from '../../core/neural/fingerprint';
import { buildInputLayout } from '../../core/neural/input-layout';
import { dataComparer, seriesOf } from '../../core/neural/saved-model-info';
import { defaultNeuralSettings } from '../../core/neural/settings';
import type { StoredNetwork } from '../../storage/saved-networks';
import { datasetOf } from '../../workers/forecast-test-dataset';
import { savedModelList } from './saved-model-list';

const HORIZON = 7;
const values = (shift: number) => Array.from({ length: 60 }, (_, t) => 10 + ((t + shift) % 7));
const trainedOn = datasetOf(
  [
    { id: 'a', values: values(0) },
    { id: 'b', values: values(3) },
  ],
  'daily',
  0,
);

/** A record as the training worker saves it: topology (settings, layout, fingerprint) and user metadata. */
function stored(id: string, savedAt: string, dataset = trainedOn): StoredNetwork {
  const series = seriesOf(dataset, HORIZON);
  const layout = buildInputLayout(
    series,
    series.map(() => ({ trainEnd: 40, validationEnd: 60 })),
    HORIZON,
    14,
    true,
  );
  return {
    id,
    modelTopology: {
      format: 'shelfcast-neural/1',
      settings: defaultNeuralSettings('daily', 'mlp'),
      layout,
      fingerprint: dataFingerprint(series),
    },
    userDefinedMetadata: {
      shelfcast: {
        name: `MLP ${id}`,
        savedAt,
        stepsRun: 20,
        bestValidationLoss: 0.5,
        backend: 'wasm',
        trainedOn: 'all-history',
      },
    },
  };
}

describe('the saved-models list read without tfjs', () => {
  it('lists Shelfcast networks newest first, says which were trained on this data and which cannot read it', async () => {
    const changed = datasetOf(
      [
        { id: 'a', values: values(1) },
        { id: 'b', values: values(3) },
      ],
      'daily',
      0,
    );
    const threeSeries = datasetOf(
      [
        { id: 'a', values: values(0) },
        { id: 'b', values: values(3) },
        { id: 'c', values: values(5) },
      ],
      'daily',
      0,
    );
    const list = await savedModelList(
      [
        stored('old', '2026-12-01T10:00:00.000Z'),
        { id: 'foreign', modelTopology: { layers: [] }, userDefinedMetadata: undefined },
        stored('new', '2026-12-05T10:00:00.000Z', changed),
        stored('wide', '2026-12-03T10:00:00.000Z', threeSeries),
      ],
      trainedOn,
    );
    expect(list.map((model) => model.id)).toEqual(['new', 'wide', 'old']);
    expect(list.map((model) => model.matchesData)).toEqual([false, false, true]);
    expect(list.map((model) => model.fitProblem)).toEqual([null, 'series-count', null]);
    expect(list[2]).toMatchObject({ name: 'MLP old', architecture: 'mlp', horizon: HORIZON, seriesCount: 2 });
  });

  it('compares with nothing when no data is loaded', async () => {
    const [model] = await savedModelList([stored('only', '2026-12-01T10:00:00.000Z')], null);
    expect(model).toMatchObject({ matchesData: null, fitProblem: null });
  });
});

describe('dataComparer', () => {
  it('hashes a large catalogue in slices, pausing between them, to the fingerprint a training gives', async () => {
    const many = datasetOf(
      Array.from({ length: 600 }, (_, s) => ({ id: `s${s}`, values: values(s).slice(0, 30) })),
      'daily',
      0,
    );
    let pauses = 0;
    const compare = await dataComparer(many, [HORIZON, HORIZON], () => {
      pauses++;
      return Promise.resolve();
    });
    expect(pauses).toBe(2);
    const series = seriesOf(many, HORIZON);
    const layout = buildInputLayout(
      series,
      series.map(() => ({ trainEnd: 20, validationEnd: 30 })),
      HORIZON,
      7,
      true,
    );
    expect(compare(layout, dataFingerprint(series))).toEqual({ matchesData: true, fitProblem: null });
    expect(compare(layout, 'another')).toEqual({ matchesData: false, fitProblem: null });
  });
});
