import { describe, expect, it } from 'vitest';
import type { OrderLine } from '../inventory/order-line';
import { ORDER_CSV_HEADER, writeOrderCsv } from './order-csv';

const day = Date.UTC(2024, 0, 29) / 86_400_000; // 2024-01-29
const position = { onHand: 0, onOrder: 0, backlog: 0, simulated: false };

function line(overrides: Partial<OrderLine>): OrderLine {
  return {
    seriesId: 'S',
    orderDate: day,
    policy: 'RS',
    order: true,
    quantity: 12,
    reorderPoint: null,
    orderUpTo: 40.123456,
    stockoutRisk: 0.05,
    position,
    ...overrides,
  };
}

describe('writeOrderCsv', () => {
  it('writes the documented header and one row per series, formula-safe, reorder point empty for order-up-to policies', () => {
    const text = writeOrderCsv([
      line({}),
      line({
        seriesId: '=SUM(A1)',
        policy: 'sS',
        reorderPoint: 10,
        orderUpTo: 30,
        quantity: 0,
        order: false,
      }),
      line({ seriesId: 'short, item', policy: 'naive', orderUpTo: 8, quantity: 8 }),
    ]);
    expect(text.split('\n')).toEqual([
      'series_id,order_date,quantity,reorder_point,order_up_to,policy',
      'S,2024-01-29,12,,40.1235,RS',
      "'=SUM(A1),2024-01-29,0,10,30,sS",
      '"short, item",2024-01-29,8,,8,naive',
      '',
    ]);
    expect(ORDER_CSV_HEADER.join(',')).toBe('series_id,order_date,quantity,reorder_point,order_up_to,policy');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });
});
