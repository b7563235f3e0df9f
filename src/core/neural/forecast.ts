/**
 * Forecasts of a trained network from any origin, using only sales before the origin (and the
 * covariates' values over the horizon, which are plans in the future and known values inside the
 * history). The engine's rolling origins — validation, test, and the future after the history —
 * all go through forecastAtOrigins.
 */
import type { SeriesSplit } from '../forecast/split';
import type { SeriesInput } from '../forecast/types';
import { batchTensors, disposeBatchTensors } from './batch-tensors';
import { fillInChunks } from './evaluate';
import type { NeuralModel } from './model';
import { INFERENCE } from './network';
import type { WindowList } from './windows';

export interface OriginRequest {
  series: number;
  /** First forecast period: the forecast uses sales [origin − lookback, origin) only. */
  origin: number;
}

function checkSeries(model: NeuralModel, series: SeriesInput[]): void {
  if (series.length !== model.layout.seriesCount) {
    throw new RangeError(`The model was trained on ${model.layout.seriesCount} series, not ${series.length}`);
  }
}

/** A horizon-long point forecast per request, never negative. */
export async function forecastAtOrigins(
  model: NeuralModel,
  series: SeriesInput[],
  requests: OriginRequest[],
): Promise<Float64Array[]> {
  checkSeries(model, series);
  const { layout, network } = model;
  const { horizon } = layout;
  for (const { series: s, origin } of requests) {
    const length = series[s]?.y.length ?? -1;
    if (!Number.isInteger(origin) || origin < 1 || origin > length) {
      throw new RangeError(`Origin ${origin} of series ${s} is outside its history (1 to ${length})`);
    }
  }
  const windows: WindowList = {
    series: Int32Array.from(requests, (r) => r.series),
    origins: Int32Array.from(requests, (r) => r.origin),
  };
  const forecasts: Float64Array[] = [];
  for (const batch of fillInChunks(series, layout, windows)) {
    const tensors = batchTensors(batch, layout);
    const output = network.forward(tensors, INFERENCE);
    disposeBatchTensors(tensors);
    const scaled = await output.data();
    output.dispose();
    for (let i = 0; i < batch.size; i++) {
      const path = new Float64Array(horizon);
      const center = batch.center[i] as number;
      const scale = batch.scale[i] as number;
      for (let h = 0; h < horizon; h++)
        path[h] = Math.max(0, (scaled[i * horizon + h] as number) * scale + center);
      forecasts.push(path);
    }
  }
  return forecasts;
}

export interface OriginForecast {
  origin: number;
  values: Float64Array;
}

export interface SplitForecasts {
  validation: OriginForecast[];
  test: OriginForecast[];
  /** From the end of the history (origin = y.length) into the future. */
  future: Float64Array;
}

/**
 * Per series, a forecast at every validation and test origin of its split and one after its
 * history, all in one batched pass. Each split's horizon must be the model's.
 */
export async function forecastSplitOrigins(
  model: NeuralModel,
  series: SeriesInput[],
  splits: SeriesSplit[],
): Promise<SplitForecasts[]> {
  checkSeries(model, series);
  const requests: OriginRequest[] = [];
  splits.forEach((split, s) => {
    if (split.horizon !== model.layout.horizon) {
      throw new RangeError(
        `The model forecasts ${model.layout.horizon} periods, the split asks ${split.horizon}`,
      );
    }
    for (const origin of [...split.validationOrigins, ...split.testOrigins])
      requests.push({ series: s, origin });
    requests.push({ series: s, origin: (series[s] as SeriesInput).y.length });
  });
  const paths = await forecastAtOrigins(model, series, requests);
  let next = 0;
  const take = (origin: number): OriginForecast => ({ origin, values: paths[next++] as Float64Array });
  return splits.map((split, s) => ({
    validation: split.validationOrigins.map(take),
    test: split.testOrigins.map(take),
    future: take((series[s] as SeriesInput).y.length).values,
  }));
}
