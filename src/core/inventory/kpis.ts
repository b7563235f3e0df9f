/**
 * KPIs of a simulation, per series and in total, from the plain sums simulate() records.
 */
import { SIM } from './simulate';
import type { UnitCosts } from './types';

export interface InventoryKpis {
  periods: number;
  demand: number;
  /** Units met from stock in the period they were asked for. */
  sold: number;
  /** Units lost (lost sales) or backordered (backorders). */
  shortUnits: number;
  /** Share of demand met from stock (1 when there was no demand). */
  fillRate: number;
  /** Share of replenishment cycles without a stock-out. */
  cycleServiceLevel: number;
  cycles: number;
  cyclesWithStockout: number;
  stockoutPeriods: number;
  /** Mean on-hand at the end of a period. */
  averageOnHand: number;
  /** Units sold per year over the average on-hand (0 when nothing was held). */
  turns: number;
  orders: number;
  orderedUnits: number;
  receivedUnits: number;
  expiredUnits: number;
  holdingCost: number;
  orderingCost: number;
  shortageCost: number;
  wasteCost: number;
  totalCost: number;
  endOnHand: number;
  endBacklog: number;
  endOnOrder: number;
}

export function kpisFromRecord(
  record: Float64Array,
  costs: UnitCosts,
  periodsPerYear: number,
): InventoryKpis {
  const at = (slot: number): number => record[slot] as number;
  const periods = at(SIM.periods);
  const demand = at(SIM.demand);
  const sold = at(SIM.sold);
  const averageOnHand = periods > 0 ? at(SIM.endOnHandSum) / periods : 0;
  const holdingCost = costs.holding * at(SIM.endOnHandSum);
  const orderingCost = costs.order * at(SIM.orders);
  const shortageCost = costs.shortage * at(SIM.short);
  const wasteCost = costs.waste * at(SIM.expiredUnits);
  const cycles = at(SIM.cycles);
  return {
    periods,
    demand,
    sold,
    shortUnits: at(SIM.short),
    fillRate: demand > 0 ? sold / demand : 1,
    cycleServiceLevel: cycles > 0 ? 1 - at(SIM.cyclesWithStockout) / cycles : 1,
    cycles,
    cyclesWithStockout: at(SIM.cyclesWithStockout),
    stockoutPeriods: at(SIM.stockoutPeriods),
    averageOnHand,
    turns:
      averageOnHand > 0 && periods > 0
        ? ((sold + at(SIM.backlogServed)) / averageOnHand) * (periodsPerYear / periods)
        : 0,
    orders: at(SIM.orders),
    orderedUnits: at(SIM.orderedUnits),
    receivedUnits: at(SIM.receivedUnits),
    expiredUnits: at(SIM.expiredUnits),
    holdingCost,
    orderingCost,
    shortageCost,
    wasteCost,
    totalCost: holdingCost + orderingCost + shortageCost + wasteCost,
    endOnHand: at(SIM.endOnHand),
    endBacklog: at(SIM.endBacklog),
    endOnOrder: at(SIM.endOnOrder),
  };
}

/**
 * Totals over series: sums, with the rates recomputed from the summed units (a fill rate of the
 * total demand, not a mean of fill rates). Turns are left per series (their years may differ).
 */
export function totalKpis(list: readonly InventoryKpis[]): InventoryKpis {
  const total: InventoryKpis = {
    periods: 0,
    demand: 0,
    sold: 0,
    shortUnits: 0,
    fillRate: 1,
    cycleServiceLevel: 1,
    cycles: 0,
    cyclesWithStockout: 0,
    stockoutPeriods: 0,
    averageOnHand: 0,
    turns: 0,
    orders: 0,
    orderedUnits: 0,
    receivedUnits: 0,
    expiredUnits: 0,
    holdingCost: 0,
    orderingCost: 0,
    shortageCost: 0,
    wasteCost: 0,
    totalCost: 0,
    endOnHand: 0,
    endBacklog: 0,
    endOnOrder: 0,
  };
  const summed = [
    'demand',
    'sold',
    'shortUnits',
    'cycles',
    'cyclesWithStockout',
    'stockoutPeriods',
    'averageOnHand',
    'orders',
    'orderedUnits',
    'receivedUnits',
    'expiredUnits',
    'holdingCost',
    'orderingCost',
    'shortageCost',
    'wasteCost',
    'totalCost',
    'endOnHand',
    'endBacklog',
    'endOnOrder',
  ] as const;
  for (const kpis of list) {
    for (const key of summed) total[key] += kpis[key];
    total.periods = Math.max(total.periods, kpis.periods);
  }
  total.fillRate = total.demand > 0 ? total.sold / total.demand : 1;
  total.cycleServiceLevel = total.cycles > 0 ? 1 - total.cyclesWithStockout / total.cycles : 1;
  return total;
}
