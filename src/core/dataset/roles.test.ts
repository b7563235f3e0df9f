import { describe, it, expect } from 'vitest';
import { guessMapping, withPromotionsByName } from './roles';
import { tableFromCsv, tableFromRows } from './derive-test-table';
import { ausRetail, bakery, m5, walmartDepts, walmartStores } from './roles-fixtures';
import { deriveDataset } from './derive';

describe('guessMapping on slices of the real sample files', () => {
  it('M5: date, store + item, sales, price, snap flag and event names', () => {
    const mapping = guessMapping(tableFromCsv(m5));
    expect(mapping).toMatchObject({
      layout: 'long',
      date: 'date',
      dateReading: 'iso',
      series: ['store', 'item'],
      target: 'sales',
    });
    expect(mapping.price).toBe('price');
    expect(mapping.availability).toBeNull();
    expect(mapping.covariates).toEqual([
      { column: 'price', kind: 'numeric' },
      { column: 'snap', kind: 'binary' },
      { column: 'event_name', kind: 'categorical' },
      { column: 'event_type', kind: 'categorical' },
    ]);
  });

  it('bakery: item key and "open" as availability', () => {
    const mapping = guessMapping(tableFromCsv(bakery));
    expect(mapping).toMatchObject({
      date: 'date',
      series: ['item'],
      target: 'sales',
      availability: 'open',
      covariates: [],
    });
  });

  it('Walmart stores (weekly): store key, holiday binary, regional numbers as covariates', () => {
    const mapping = guessMapping(tableFromCsv(walmartStores));
    expect(mapping).toMatchObject({ date: 'date', series: ['store'], target: 'sales', price: null });
    expect(mapping.covariates).toEqual([
      { column: 'holiday', kind: 'binary' },
      { column: 'temperature_f', kind: 'numeric' },
      { column: 'fuel_price', kind: 'numeric' },
      { column: 'cpi', kind: 'numeric' },
      { column: 'unemployment', kind: 'numeric' },
    ]);
  });

  it('Walmart departments: store + dept keys, markdowns (partly empty) as promotions, holiday not', () => {
    const mapping = guessMapping(tableFromCsv(walmartDepts));
    expect(mapping).toMatchObject({ series: ['store', 'dept'], target: 'sales' });
    expect(mapping.covariates).toContainEqual({ column: 'holiday', kind: 'binary' });
    // The slice's markdown cells are empty, so its kind is a guess; the role is not.
    expect(mapping.covariates.find((c) => c.column === 'markdown1')?.promotion).toBe(true);
    expect(mapping.covariates).toContainEqual({ column: 'fuel_price', kind: 'numeric' });
  });

  it('Australian retail (monthly): keys that make (date, key) unique', () => {
    const table = tableFromCsv(ausRetail);
    const mapping = guessMapping(table);
    expect(mapping).toMatchObject({ date: 'date', target: 'sales' });
    expect([['series_id'], ['state', 'industry']]).toContainEqual(mapping.series);
    const { dataset, issues } = deriveDataset(table, mapping);
    expect(dataset.frequency).toBe('monthly');
    expect(dataset.seriesIds).toHaveLength(3);
    expect(issues.some((issue) => issue.code === 'duplicates')).toBe(false);
  });
});

describe('guessMapping from values', () => {
  it('finds the date column and the sales column without telling names', () => {
    const mapping = guessMapping(
      tableFromCsv(`when,who,how_many
03/01/2024,north,4
04/01/2024,north,5
05/01/2024,north,6
03/01/2024,south,1
04/01/2024,south,2
05/01/2024,south,3`),
    );
    expect(mapping).toMatchObject({ layout: 'long', date: 'when', series: ['who'], target: 'how_many' });
  });

  it('recognises dates as column headers (wide-dates-as-columns) with the other columns as keys', () => {
    const mapping = guessMapping(
      tableFromCsv(`store,item,2024-01-01,2024-01-02,2024-01-03
S1,A,1,2,3
S1,B,4,5,6`),
    );
    expect(mapping).toMatchObject({
      layout: 'wide-dates-as-columns',
      series: ['store', 'item'],
      dateReading: 'iso',
      target: null,
    });
  });

  it('recognises products as columns (wide-series-as-columns), keeping a holiday flag as covariate', () => {
    const mapping = guessMapping(
      tableFromRows(
        ['Date', 'Cola', 'Lemonade', 'holiday'],
        [
          ['2024-01-01', '10', '3', '1'],
          ['2024-01-02', '12', '4', '0'],
          ['2024-01-03', '9', '2', '0'],
        ],
      ),
    );
    expect(mapping).toMatchObject({
      layout: 'wide-series-as-columns',
      date: 'Date',
      target: null,
      covariates: [{ column: 'holiday', kind: 'binary' }],
    });
  });

  it('does not take a per-row transaction id for a series key', () => {
    const mapping = guessMapping(
      tableFromCsv(`date,transaction_id,sales
2024-01-01,t1,4
2024-01-02,t2,5
2024-01-03,t3,6
2024-01-04,t4,2`),
    );
    expect(mapping.series).toEqual([]);
    expect(mapping.target).toBe('sales');
  });

  it('takes a small whole-number column for a key when it makes (date, keys) unique (brand coded 1–11)', () => {
    const mapping = guessMapping(tableFromRows(CODED_HEADER, codedBrandRows()));
    expect(mapping).toMatchObject({ series: ['store', 'brand'], target: 'sales', price: 'price' });
    expect(mapping.covariates).toEqual([
      { column: 'price', kind: 'numeric' },
      { column: 'deal', kind: 'binary', promotion: true },
    ]);
  });

  it('keeps event columns whose names also hold a key or date word ("StateHoliday", "promo_week")', () => {
    // Rossmann's layout: DayOfWeek is the calendar's own and stays out; the holidays are events.
    const mapping = guessMapping(
      tableFromCsv(`Store,DayOfWeek,Date,Sales,Promo,StateHoliday,SchoolHoliday,promo_week
1,4,2015-07-30,5020,1,0,1,1
1,5,2015-07-31,5263,1,0,1,1
1,6,2015-08-01,4997,0,a,0,0
1,7,2015-08-02,0,0,0,0,0
2,4,2015-07-30,6064,1,0,1,1
2,5,2015-07-31,6102,1,0,1,1
2,6,2015-08-01,5800,0,a,0,0
2,7,2015-08-02,0,0,0,0,0`),
    );
    expect(mapping).toMatchObject({ date: 'Date', series: ['Store'], target: 'Sales' });
    expect(mapping.covariates).toEqual([
      { column: 'Promo', kind: 'binary', promotion: true },
      { column: 'StateHoliday', kind: 'categorical' },
      { column: 'SchoolHoliday', kind: 'binary' },
      { column: 'promo_week', kind: 'binary', promotion: true },
    ]);
  });

  it('takes the units for the sales when a revenue column comes first', () => {
    const mapping = guessMapping(
      tableFromCsv(`date,item,revenue,units
2024-01-01,A,10.5,3
2024-01-02,A,7,2
2024-01-01,B,20,4
2024-01-02,B,15,3`),
    );
    expect(mapping.target).toBe('units');
  });

  it('leaves a small whole-number quantity that does not make rows unique as a covariate', () => {
    // One row per store and date; "facings" (1–4) varies but identifies nothing.
    const rows = codedBrandRows().filter(([, , brand]) => brand === '1');
    const mapping = guessMapping(
      tableFromRows(
        ['date', 'store', 'facings', 'sales'],
        rows.map(([date, store, , sales], i) => [date!, store!, String((i % 4) + 1), sales!]),
      ),
    );
    expect(mapping.series).toEqual(['store']);
    expect(mapping.covariates).toEqual([{ column: 'facings', kind: 'numeric' }]);
  });
});

const CODED_HEADER = ['date', 'store', 'brand', 'sales', 'price', 'deal'];

/** 10 days × 3 stores × 11 brands coded 1–11, with whole-number sales, prices and a 0/1 deal flag. */
function codedBrandRows(): string[][] {
  const rows: string[][] = [];
  for (let day = 1; day <= 10; day++)
    for (let store = 1; store <= 3; store++)
      for (let brand = 1; brand <= 11; brand++) {
        const deal = (day + brand) % 4 === 0 ? 1 : 0;
        rows.push([
          `2024-03-${String(day).padStart(2, '0')}`,
          String(store),
          String(brand),
          String(((day * 7 + store * 5 + brand * 3) % 17) + deal * 4),
          (1.5 + brand * 0.25 - deal * 0.3).toFixed(2),
          String(deal),
        ]);
      }
  return rows;
}

describe('withPromotionsByName', () => {
  it("marks an older mapping's promotion-named covariates, and leaves its other choices alone", () => {
    const older = guessMapping(tableFromCsv(walmartDepts));
    const unmarked = {
      ...older,
      covariates: older.covariates
        .filter((c) => c.column !== 'markdown2')
        .map(({ promotion: _mark, ...c }) => c),
    };
    const restored = withPromotionsByName(unmarked);
    expect(restored.covariates.map((c) => c.column)).toEqual(unmarked.covariates.map((c) => c.column));
    expect(restored.covariates.filter((c) => c.promotion).map((c) => c.column)).toEqual([
      'markdown1',
      'markdown3',
      'markdown4',
      'markdown5',
    ]);
    expect(restored.series).toEqual(older.series);
  });
});
