import { describe, it, expect } from 'vitest';
import { generateSyntheticRetail, SYNTHETIC_HEADER } from './synthetic-retail.mjs';

interface Row {
  date: string;
  store: string;
  item: string;
  sales: string;
  price: string;
  promo: string;
  open: string;
}

function parse(csv: string): Row[] {
  const lines = csv.trimEnd().split('\n').slice(1);
  return lines.map((line) => {
    const [date = '', store = '', item = '', sales = '', price = '', promo = '', open = ''] = line.split(',');
    return { date, store, item, sales, price, promo, open };
  });
}

const csv = generateSyntheticRetail();
const rows = parse(csv);
const history = rows.filter((row) => row.sales !== '');

function meanSales(selected: Row[]): number {
  return selected.reduce((sum, row) => sum + Number(row.sales), 0) / selected.length;
}

describe('synthetic daily retail sample', () => {
  it('is the same file for the same seed and a different one for another seed', () => {
    expect(generateSyntheticRetail()).toBe(csv);
    expect(generateSyntheticRetail({ seed: 1 })).not.toBe(csv);
  });

  it('has 2 stores × 20 items × (731 history + 28 plan) days under 1.5 MB', () => {
    expect(csv.startsWith(`${SYNTHETIC_HEADER}\n`)).toBe(true);
    expect(rows).toHaveLength(2 * 20 * 759);
    expect(new Set(rows.map((row) => `${row.store}/${row.item}`)).size).toBe(40);
    expect(csv.length).toBeLessThan(1_500_000);
    expect(rows[0]?.date).toBe('2024-01-01');
    expect(rows.at(-1)?.date).toBe('2026-01-28');
  });

  it('ends every series with 28 plan days that carry price and promo but no sales', () => {
    const plan = rows.filter((row) => row.sales === '');
    expect(plan).toHaveLength(40 * 28);
    expect(plan.every((row) => row.date >= '2026-01-01' && row.price !== '')).toBe(true);
    expect(plan.some((row) => row.promo === '1')).toBe(true);
    expect(history.every((row) => row.date <= '2025-12-31')).toBe(true);
  });

  it('has closed days with zero sales on Christmas and New Year', () => {
    const closed = rows.filter((row) => row.open === '0');
    expect(new Set(closed.map((row) => row.date))).toEqual(
      new Set(['2024-01-01', '2024-12-25', '2025-01-01', '2025-12-25', '2026-01-01']),
    );
    expect(closed.filter((row) => row.sales !== '').every((row) => row.sales === '0')).toBe(true);
  });

  it('lists two items late: empty price and zero sales before their first priced day', () => {
    const lateItems = new Set(history.filter((row) => row.price === '').map((row) => row.item));
    expect(lateItems.size).toBe(2);
    for (const item of lateItems) {
      const itemRows = history.filter((row) => row.item === item && row.store === 'STORE_1');
      const unlisted = itemRows.filter((row) => row.price === '');
      expect(unlisted.every((row) => row.sales === '0' && row.promo === '0')).toBe(true);
      expect(itemRows.some((row) => row.price !== '' && Number(row.sales) > 0)).toBe(true);
    }
  });

  it('sells more on Saturdays than on Tuesdays', () => {
    const weekday = (row: Row) => new Date(`${row.date}T00:00:00Z`).getUTCDay();
    const open = history.filter((row) => row.open === '1');
    expect(meanSales(open.filter((row) => weekday(row) === 6))).toBeGreaterThan(
      1.4 * meanSales(open.filter((row) => weekday(row) === 2)),
    );
  });

  it('lifts sales on promotion days, which also carry a lower price', () => {
    const item = history.filter(
      (row) => row.store === 'STORE_1' && row.item === 'ITEM_01' && row.open === '1',
    );
    const promo = item.filter((row) => row.promo === '1');
    const regular = item.filter((row) => row.promo === '0');
    expect(promo.length).toBeGreaterThan(30);
    expect(meanSales(promo)).toBeGreaterThan(1.3 * meanSales(regular));
    expect(Math.max(...promo.map((row) => Number(row.price)))).toBeLessThan(
      Math.min(...regular.map((row) => Number(row.price))),
    );
  });

  it('mixes fast movers with intermittent slow movers that are zero on most days', () => {
    const zeroShares = [...new Set(history.map((row) => row.item))].map((item) => {
      const itemRows = history.filter(
        (row) => row.item === item && row.store === 'STORE_1' && row.price !== '',
      );
      return itemRows.filter((row) => row.sales === '0').length / itemRows.length;
    });
    expect(zeroShares.filter((share) => share > 0.45).length).toBeGreaterThanOrEqual(6);
    expect(zeroShares.filter((share) => share < 0.05).length).toBeGreaterThanOrEqual(10);
  });
});
