/** The text alternative of a series' replay chart: what happened over the replay, in numbers. */
import type { SeriesTrace } from '../../core/inventory/series-trace';

export interface TraceSummary {
  periods: number;
  ordersPlaced: number;
  unitsOrdered: number;
  stockoutPeriods: number;
  unitsShort: number;
  averageOnHand: number;
  maxOnHand: number;
}

export function summariseTrace({ trace }: SeriesTrace): TraceSummary {
  const periods = trace.onHand.length;
  let ordersPlaced = 0;
  let unitsOrdered = 0;
  let stockoutPeriods = 0;
  let unitsShort = 0;
  let onHandSum = 0;
  let maxOnHand = 0;
  for (let i = 0; i < periods; i++) {
    const ordered = trace.ordered[i] as number;
    const short = trace.short[i] as number;
    const onHand = trace.onHand[i] as number;
    if (ordered > 0) ordersPlaced++;
    unitsOrdered += ordered;
    if (short > 0) stockoutPeriods++;
    unitsShort += short;
    onHandSum += onHand;
    maxOnHand = Math.max(maxOnHand, onHand, trace.position[i] as number);
  }
  return {
    periods,
    ordersPlaced,
    unitsOrdered,
    stockoutPeriods,
    unitsShort,
    averageOnHand: periods > 0 ? onHandSum / periods : 0,
    maxOnHand,
  };
}
