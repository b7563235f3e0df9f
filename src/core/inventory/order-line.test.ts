import { describe, expect, it } from 'vitest';
import { normalDemand } from './normal-demand-fixture';
import { orderLine } from './order-line';
import { resolveSettings } from './settings';

const demand = normalDemand(10, 3, 10);
const given = (onHand: number, onOrder = 0) => ({ onHand, onOrder, backlog: 0, simulated: false });

describe('orderLine', () => {
  it('orders up to S in whole packs and reports the risk left after the order', () => {
    const settings = resolveSettings({ packSize: 6 });
    const line = orderLine(
      'A',
      100,
      'RS',
      { reorderPoint: NaN, orderUpTo: 13, orderQuantity: NaN },
      given(2, 1),
      demand,
      settings,
    );
    // Position 3, S = 13: 10 wanted, 12 in packs of 6. Cover 1 period: P(D > 15) = 1 − Φ(5/3).
    expect(line.quantity).toBe(12);
    expect(line.order).toBe(true);
    expect(line.reorderPoint).toBeNull();
    expect(line.stockoutRisk).toBeCloseTo(0.0478, 3);
  });

  it('gives s and s + Q for (s, Q) and does not order above s', () => {
    const settings = resolveSettings({});
    const levels = { reorderPoint: 12, orderUpTo: 42, orderQuantity: 30 };
    const waiting = orderLine('B', 100, 'sQ', levels, given(13), demand, settings);
    expect(waiting).toMatchObject({ order: false, quantity: 0, reorderPoint: 12, orderUpTo: 42 });
    const due = orderLine('B', 100, 'sQ', levels, given(12), demand, settings);
    expect(due.quantity).toBe(30);
  });

  it('lifts a small order to the minimum order quantity', () => {
    const settings = resolveSettings({ minOrderQuantity: 25 });
    const line = orderLine(
      'C',
      100,
      'base_stock',
      { reorderPoint: NaN, orderUpTo: 13, orderQuantity: NaN },
      given(10),
      demand,
      settings,
    );
    expect(line.quantity).toBe(25);
  });
});
