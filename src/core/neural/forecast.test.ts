import { beforeAll, describe, expect, it } from 'vitest';
import { splitSeries } from '../forecast/split';
import type { SeriesInput } from '../forecast/types';
import { forecastAtOrigins, forecastSplitOrigins } from './forecast';
import { disposeNeuralModel } from './model';
import { useCpuBackend } from './test-support/cpu-backend';
import { TINY_HORIZON, tinySettings, trainTinyModel } from './test-support/tiny-model';

function copySeries(series: SeriesInput[]): SeriesInput[] {
  return series.map((s) => ({
    ...s,
    y: s.y.slice(),
    covariates: s.covariates.map((c) => ({ ...c, values: c.values.slice() })),
  }));
}

describe('forecasts at origins', () => {
  beforeAll(useCpuBackend);

  it('use no sales after the origin and no covariate after its horizon; forecast every split origin', async () => {
    const { model, series } = await trainTinyModel(tinySettings('tcn', { layers: 2, steps: 10 }));
    const origin = 40;
    const requests = [{ series: 1, origin }];
    const [before] = await forecastAtOrigins(model, series, requests);

    const later = copySeries(series);
    const y = later[1]!.y;
    for (let t = origin; t < y.length; t++) y[t] = 1000;
    const promo = later[1]!.covariates[0]!.values;
    for (let t = origin + TINY_HORIZON; t < promo.length; t++) promo[t] = 1 - (promo[t] as number);
    expect(await forecastAtOrigins(model, later, requests)).toEqual([before]);

    const earlier = copySeries(series);
    earlier[1]!.y[origin - 1] = 1000;
    expect((await forecastAtOrigins(model, earlier, requests))[0]).not.toEqual(before);

    const splits = series.map((s) =>
      splitSeries(s.y.length, TINY_HORIZON, { kind: 'holdout', validationHorizons: 2 }, { minTrain: 14 }),
    );
    const forecasts = await forecastSplitOrigins(model, series, splits);
    forecasts.forEach((f, s) => {
      expect(f.validation.map((o) => o.origin)).toEqual(splits[s]!.validationOrigins);
      expect(f.test.map((o) => o.origin)).toEqual(splits[s]!.testOrigins);
      for (const path of [...f.validation, ...f.test].map((o) => o.values).concat([f.future])) {
        expect(path).toHaveLength(TINY_HORIZON);
        expect(path.every((v) => v >= 0 && Number.isFinite(v))).toBe(true);
      }
    });
    const [atTest] = await forecastAtOrigins(model, series, [
      { series: 0, origin: splits[0]!.testOrigins[0]! },
    ]);
    expect(forecasts[0]!.test[0]!.values).toEqual(atTest);
    disposeNeuralModel(model);
  }, 20_000);
});
