import { describe, expect, it } from 'vitest';
import { totalKpis } from '../../core/inventory/kpis';
import { summariseTrace } from './trace-summary';

describe('summariseTrace', () => {
  it('counts orders, stock-outs and the stock held over the replay', () => {
    const f = (values: number[]): Float64Array => Float64Array.from(values);
    const summary = summariseTrace({
      from: 0,
      demand: f([3, 3, 3, 3]),
      kpis: totalKpis([]),
      trace: {
        onHand: f([4, 1, 0, 5]),
        position: f([7, 4, 3, 5]),
        ordered: f([3, 0, 0, 2]),
        received: f([0, 0, 0, 3]),
        short: f([0, 0, 2, 0]),
      },
    });
    expect(summary).toEqual({
      periods: 4,
      ordersPlaced: 2,
      unitsOrdered: 5,
      stockoutPeriods: 1,
      unitsShort: 2,
      averageOnHand: 2.5,
      maxOnHand: 7,
    });
  });
});
