import { describe, expect, it } from 'vitest';
import { deriveDataset } from './derive';
import { tableFromCsv } from './derive-test-table';
import { guessMapping } from './roles';
import { assignStockColumn, guessStockColumns } from './stock-columns';
import { longMapping } from './derive-test-table';

const CSV = [
  'date,item,sales,price,on_hand,On Order,lead_time,unit_cost',
  ...Array.from({ length: 20 }, (_, i) => {
    const day = `2024-01-${String(i + 1).padStart(2, '0')}`;
    return [
      `${day},A,${5 + (i % 3)},2.5,${i === 19 ? 12 : 30},${i === 19 ? 4 : ''},3,1.75`,
      `${day},B,${2 + (i % 4)},4,${i < 10 ? 8 : ''},,,`,
    ].join('\n');
  }),
].join('\n');

describe('stock columns', () => {
  it('are guessed by name', () => {
    expect(guessStockColumns(['date', 'Stock on hand', 'on_order', 'Lead time', 'cost'])).toEqual({
      onHand: 'Stock on hand',
      onOrder: 'on_order',
      leadTime: 'Lead time',
      unitCost: 'cost',
    });
    expect(guessStockColumns(['date', 'sales', 'price'])).toEqual({});
  });

  it('are mapped as stock, never as the sales or a covariate, and reach the Dataset by row', () => {
    const table = tableFromCsv(CSV);
    const mapping = guessMapping(table);
    expect(mapping.target).toBe('sales');
    expect(mapping.stock).toEqual({
      onHand: 'on_hand',
      onOrder: 'On Order',
      leadTime: 'lead_time',
      unitCost: 'unit_cost',
    });
    expect(mapping.covariates.map((covariate) => covariate.column)).toEqual(['price']);
    const { dataset } = deriveDataset(table, mapping);
    expect(dataset.covariates.map((covariate) => covariate.name)).toEqual(['price']);
    const onHand = dataset.stock?.onHand;
    expect(onHand?.[19]).toBe(12);
    expect(onHand?.[20]).toBe(8);
    expect(onHand?.[39]).toBeNaN();
    expect(dataset.stock?.unitCost?.[0]).toBe(1.75);
  });

  it('leave a file without them as it was', () => {
    const table = tableFromCsv('date,item,sales\n2024-01-01,A,3\n2024-01-02,A,4\n2024-01-03,A,5');
    const mapping = guessMapping(table);
    expect(mapping.stock).toBeUndefined();
    expect(deriveDataset(table, mapping).dataset.stock).toBeUndefined();
  });

  it('take a column from the covariates and from any other stock role when assigned', () => {
    const mapping = longMapping({
      covariates: [{ column: 'stock', kind: 'numeric' }],
      stock: { onOrder: 'stock', leadTime: 'lt' },
    });
    const next = assignStockColumn(mapping, 'onHand', 'stock');
    expect(next.stock).toEqual({ onHand: 'stock', leadTime: 'lt' });
    expect(next.covariates).toEqual([]);
    expect(assignStockColumn(next, 'leadTime', null).stock).toEqual({ onHand: 'stock' });
  });
});
