import { describe, it, expect } from 'vitest';
import type { Dataset, RawTable } from '../core/dataset/types';
import { resultTransferables, tableBuffers } from './transferables';

const priceColumn = Float64Array.from([1.5, 2.5]);

const table: RawTable = {
  fileName: 'sales.csv',
  format: { decimal: '.', thousands: '', delimiter: ',', encoding: 'utf-8', hasBom: false },
  header: ['date', 'price'],
  columns: [
    { kind: 'dict', name: 'date', codes: Int32Array.from([0, 1]), dict: ['2024-01-01', '2024-01-02'] },
    { kind: 'numeric', name: 'price', values: priceColumn, text: new Map() },
  ],
  rowCount: 2,
  lineOfRow: Int32Array.from([2, 3]),
  issues: [],
};

const flags = new Uint8Array(4);
const dataset: Dataset = {
  frequency: 'daily',
  keyNames: ['series'],
  targetName: 'sales',
  seriesIds: ['a'],
  seriesKeys: [['a']],
  seriesStart: Int32Array.from([0]),
  historyEnd: Int32Array.from([2]),
  dates: Int32Array.from([0, 1]),
  target: Float64Array.from([3, 4]),
  // Two views of one buffer: it must be listed once.
  rowState: flags.subarray(0, 2),
  outlier: flags.subarray(2, 4),
  covariates: [{ name: 'price', kind: 'numeric', values: priceColumn }],
};

const stats = {
  totals: new Float64Array(1),
  zeroShares: new Float64Array(1),
  byTotal: new Int32Array(1),
  byZeroShare: new Int32Array(1),
  byId: new Int32Array(1),
};
const total = { dates: new Int32Array(2), values: new Float64Array(2) };

describe('resultTransferables', () => {
  it('lists every buffer once and keeps the ones the raw table still uses', () => {
    const transfer = resultTransferables(dataset, stats, total, tableBuffers(table));
    expect(transfer).not.toContain(priceColumn.buffer);
    expect(transfer.filter((buffer) => buffer === flags.buffer)).toHaveLength(1);
    // seriesStart, historyEnd, dates, target, the shared flags, 5 stats, 2 total.
    expect(transfer).toHaveLength(12);
  });
});
