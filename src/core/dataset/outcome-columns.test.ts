import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../metrics/seeded-random';
import { longMapping, tableFromRows } from './derive-test-table';
import { outcomeColumns } from './outcome-columns';
import { guessMapping } from './roles';

const HEADER = ['date', 'item', 'sales', 'price', 'promo', 'temperature', 'revenue', 'customers'];

/**
 * Three items over 40 days: sales follow a weekly pattern, a promotion and noise; revenue is units
 * × price and customers a noisy multiple of the sales (both restate the sales); price, promotion
 * and temperature drive or accompany them without restating them. `planDays` more rows per item
 * carry price and promotion with empty sales (a plan).
 */
function shopRows(planDays = 0, plannedColumn?: string): string[][] {
  const random = mulberry32(7);
  const rows: string[][] = [];
  for (const [item, level] of [
    ['A', 20],
    ['B', 50],
    ['C', 8],
  ] as const) {
    for (let day = 0; day < 40 + planDays; day++) {
      const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
      const promo = day % 9 < 2 ? 1 : 0;
      const price = (level / 10) * (promo ? 0.9 : 1);
      const temperature = 10 + 8 * random();
      const sales = Math.round(level * (1 + 0.4 * ((day % 7) / 6) + 0.3 * promo) * (0.8 + 0.4 * random()));
      const customers = Math.round(sales * 0.8 + 3 * random());
      const planned = day >= 40;
      const cell = (column: string, value: number) =>
        planned && column !== plannedColumn && column !== 'price' && column !== 'promo' ? '' : String(value);
      rows.push([
        date,
        item,
        planned ? '' : String(sales),
        String(price),
        String(promo),
        cell('temperature', Math.round(temperature * 10) / 10),
        cell('revenue', Math.round(sales * price * 100) / 100),
        cell('customers', customers),
      ]);
    }
  }
  return rows;
}

const CANDIDATES = ['price', 'promo', 'temperature', 'revenue', 'customers'];

describe('outcomeColumns', () => {
  it('flags revenue and customers, which restate the sales, and not price, promotion or temperature', () => {
    const found = outcomeColumns(tableFromRows(HEADER, shopRows()), longMapping(), CANDIDATES);
    expect(found.map((outcome) => outcome.column)).toEqual(['revenue', 'customers']);
    for (const outcome of found) expect(outcome.correlation).toBeGreaterThan(0.9);
  });

  it('keeps a column the file plans (a value on a row without sales)', () => {
    const table = tableFromRows(HEADER, shopRows(7, 'customers'));
    const found = outcomeColumns(table, longMapping(), CANDIDATES);
    expect(found.map((outcome) => outcome.column)).toEqual(['revenue']);
  });

  it('never flags the mapped price, and reads nothing in a wide layout', () => {
    const table = tableFromRows(HEADER, shopRows());
    expect(outcomeColumns(table, longMapping({ price: 'revenue' }), CANDIDATES).map((o) => o.column)).toEqual(
      ['customers'],
    );
    expect(outcomeColumns(table, longMapping({ layout: 'wide-series-as-columns' }), CANDIDATES)).toEqual([]);
  });

  it('never flags a 0/1 column, however closely sales follow it (a promotion drives them)', () => {
    const rows = Array.from({ length: 30 }, (_, day) => {
      const promo = day % 3 === 0 ? 1 : 0;
      return [
        `2024-01-${String(day + 1).padStart(2, '0')}`,
        'A',
        String(promo ? 50 + (day % 2) : 10),
        String(promo),
      ];
    });
    const table = tableFromRows(['date', 'item', 'sales', 'deal'], rows);
    expect(outcomeColumns(table, longMapping(), ['deal'])).toEqual([]);
  });

  it('reads numbers written with a decimal comma', () => {
    const rows = shopRows().map((row) => row.map((cell) => cell.replace('.', ',')));
    const table = tableFromRows(HEADER, rows, { decimal: ',', thousands: '' });
    expect(outcomeColumns(table, longMapping(), CANDIDATES).map((o) => o.column)).toEqual([
      'revenue',
      'customers',
    ]);
  });
});

describe('guessMapping with columns that restate the sales', () => {
  it('leaves revenue and customers out of the covariates unless the file plans them', () => {
    expect(guessMapping(tableFromRows(HEADER, shopRows())).covariates.map((c) => c.column)).toEqual([
      'price',
      'promo',
      'temperature',
    ]);
    const planned = guessMapping(tableFromRows(HEADER, shopRows(7, 'customers')));
    expect(planned.covariates.map((c) => c.column)).toEqual(['price', 'promo', 'temperature', 'customers']);
  });
});
