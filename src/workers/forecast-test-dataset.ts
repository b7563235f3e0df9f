/** Builds a small Dataset from plain numbers, for the forecast workers' tests. */
import { addPeriods } from '../core/dataset/frequency';
import type { Dataset, Frequency } from '../core/dataset/types';

export function datasetOf(
  series: { id: string; values: number[] }[],
  frequency: Frequency,
  firstDay: number,
): Dataset {
  const total = series.reduce((sum, entry) => sum + entry.values.length, 0);
  const dates = new Int32Array(total);
  const target = new Float64Array(total);
  const seriesStart = new Int32Array(series.length);
  const historyEnd = new Int32Array(series.length);
  let row = 0;
  series.forEach((entry, s) => {
    seriesStart[s] = row;
    entry.values.forEach((value, t) => {
      dates[row] = addPeriods(firstDay, frequency, t);
      target[row] = value;
      row++;
    });
    historyEnd[s] = row;
  });
  return {
    frequency,
    keyNames: ['item'],
    targetName: 'sales',
    seriesIds: series.map((entry) => entry.id),
    seriesKeys: series.map((entry) => [entry.id]),
    seriesStart,
    historyEnd,
    dates,
    target,
    rowState: new Uint8Array(total),
    outlier: new Uint8Array(total),
    covariates: [],
  };
}
