import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { LONG_SALES_HEADER, longSalesChunks, writeLongSalesCsv } from './long-sales-csv.mjs';

const shape = { seed: 5, stores: 3, items: 4, days: 10, firstDate: '2023-12-30' };

describe('long sales benchmark CSV', () => {
  it('writes one row per store × item × day, sorted by store, item, date, with a header', () => {
    const dir = mkdtempSync(join(tmpdir(), 'long-sales-'));
    try {
      const path = join(dir, 'sales.csv');
      const written = writeLongSalesCsv(path, shape);
      const text = readFileSync(path, 'utf8');
      const lines = text.trimEnd().split('\n');
      expect(written).toEqual({ rows: 120, bytes: Buffer.byteLength(text) });
      expect(lines[0]).toBe(LONG_SALES_HEADER);
      expect(lines).toHaveLength(121);
      expect(lines[1]).toMatch(/^2023-12-30,S001,I0001,\d+,\d+\.\d\d,[01]$/);
      expect(lines[10]?.startsWith('2024-01-08,S001,I0001,')).toBe(true);
      expect(lines[11]?.startsWith('2023-12-30,S001,I0002,')).toBe(true);
      expect(lines[120]?.startsWith('2024-01-08,S003,I0004,')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('gives the same text for the same seed whatever the chunk size', () => {
    const whole = [...longSalesChunks(shape, 1_000)].join('');
    expect([...longSalesChunks(shape, 7)].join('')).toBe(whole);
    expect([...longSalesChunks({ ...shape, seed: 6 })].join('')).not.toBe(whole);
  });

  it('marks promotion days with a 20 % lower price than the same item regular days', () => {
    const rows = [...longSalesChunks({ ...shape, days: 200 })].join('').trimEnd().split('\n').slice(1);
    const firstItem = rows.filter((row) => row.includes(',S001,I0001,')).map((row) => row.split(','));
    const promoPrices = new Set(
      firstItem.filter((cells) => cells[5] === '1').map((cells) => Number(cells[4])),
    );
    const regularPrices = new Set(
      firstItem.filter((cells) => cells[5] === '0').map((cells) => Number(cells[4])),
    );
    expect(promoPrices.size).toBe(1);
    expect(regularPrices.size).toBe(1);
    const [promoPrice = 0] = promoPrices;
    const [regularPrice = 0] = regularPrices;
    expect(promoPrice / regularPrice).toBeCloseTo(0.8, 2);
  });
});
