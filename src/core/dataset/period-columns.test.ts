import { describe, expect, it } from 'vitest';
import { deriveDataset } from './derive';
import { readDelimitedText } from './delimited-reader';
import { guessMapping } from './roles';
import { formatIsoDate } from './calendar';

const read = (text: string) => readDelimitedText(text, 'parts.csv');

/** The dates of the first series, as ISO days. */
function firstSeriesDates(text: string): string[] {
  const table = read(text);
  const { dataset } = deriveDataset(table, guessMapping(table));
  const end = dataset.seriesStart[1] ?? dataset.dates.length;
  return Array.from(dataset.dates.subarray(0, end), (day) => formatIsoDate(day));
}

describe('dates split over columns', () => {
  it('joins a year and a month column into monthly dates, and says so', () => {
    const text =
      'Year,Month,Part,Qty\n2023,11,A,3\n2023,12,A,0\n2024,1,A,2\n2023,11,B,1\n2023,12,B,4\n2024,1,B,0\n';
    const table = read(text);
    expect(table.header).toEqual(['Year', 'Month', 'Part', 'Qty', 'Year + Month']);
    const mapping = guessMapping(table);
    expect(mapping).toMatchObject({
      date: 'Year + Month',
      dateReading: 'year-month',
      series: ['Part'],
      target: 'Qty',
    });
    // The parts are neither keys nor covariates.
    expect(mapping.covariates).toEqual([]);
    expect(table.issues).toContainEqual({
      severity: 'status',
      code: 'date-parts-joined',
      params: { column: 'Year + Month', parts: ['Year', 'Month'], weeks: false },
      count: 6,
    });
    expect(deriveDataset(table, mapping).issues.map((issue) => issue.code)).toContain('date-parts-joined');
    expect(firstSeriesDates(text)).toEqual(['2023-11-01', '2023-12-01', '2024-01-01']);
  });

  it('reads month names, and a day column beside them', () => {
    expect(
      firstSeriesDates('year,month,day,item,units\n2024,Feb,28,x,1\n2024,Feb,29,x,2\n2024,Mar,1,x,0\n'),
    ).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it('reads week numbers as ISO weeks where the file numbers them so (Monday first)', () => {
    // ISO week 1 of 2021 starts on Monday 4 January; 2020 has 53 weeks.
    const dates = firstSeriesDates('Jahr,KW,Artikel,Menge\n2020,53,a,5\n2021,1,a,6\n2021,2,a,7\n');
    expect(dates).toEqual(['2020-12-28', '2021-01-04', '2021-01-11']);
  });

  it("follows the file's own week count: 52 numbered weeks in 2020 leave no empty week before 2021", () => {
    // ISO gives 2020 a week 53; this calendar numbers 52, so its week 1 of 2021 follows week 52 of
    // 2020 (read as ISO weeks, the week between would be a gap filled with zero sales).
    const weeks = Array.from({ length: 52 }, (_, i) => `2020,${i + 1},a,${i % 5}`);
    const text = ['year,week,item,units', ...weeks, '2021,1,a,3', '2021,2,a,4'].join('\n');
    const dates = firstSeriesDates(text);
    expect(dates.slice(0, 2)).toEqual(['2019-12-30', '2020-01-06']);
    expect(dates.slice(-3)).toEqual(['2020-12-21', '2020-12-28', '2021-01-04']);
    expect(dates).toHaveLength(54);
  });

  it('leaves a table with a date column of its own as it is', () => {
    const table = read('date,year,month,sales\n2024-01-01,2024,1,3\n2024-02-01,2024,2,4\n');
    expect(table.header).toEqual(['date', 'year', 'month', 'sales']);
    expect(guessMapping(table).date).toBe('date');
  });

  it('joins nothing when the values are not a year and a month, or a week sits beside the month', () => {
    // "year" holding 1–3 is a model year, not a calendar one.
    expect(read('year,month,sales\n1,1,3\n2,2,4\n').header).toEqual(['year', 'month', 'sales']);
    expect(read('year,month,sales\n2024,13,3\n2024,2,4\n').header).toEqual(['year', 'month', 'sales']);
    expect(read('year,month,week,sales\n2024,1,1,3\n2024,1,2,4\n').header).toEqual([
      'year',
      'month',
      'week',
      'sales',
    ]);
  });

  it('leaves a row with a part missing undated, and the Data step reports its line', () => {
    const text =
      'year,month,item,sales\n2024,1,a,3\n,2,a,4\n2024,3,a,5\n2024,1,b,1\n2024,2,b,1\n2024,3,b,1\n';
    const table = read(text);
    const { issues } = deriveDataset(table, guessMapping(table));
    const undated = issues.find((issue) => issue.code === 'unreadable-date');
    expect(undated?.where).toEqual([{ line: 3, column: 'year + month' }]);
  });
});
