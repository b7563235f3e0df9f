import { describe, it, expect } from 'vitest';
import type { DataIssue } from '../../core/dataset/types';
import { dataT } from './data-test-i18n';
import { issueText } from './issue-text';

const en = (issue: DataIssue) => issueText(dataT('en'), 'en', issue);
const zh = (issue: DataIssue) => issueText(dataT('zh-CN'), 'zh-CN', issue);
const at = (...lines: number[]) => lines.map((line) => ({ line }));

describe('issueText', () => {
  it('words many repeats as an alert naming the column that tells them apart, with example lines', () => {
    const issue: DataIssue = {
      code: 'duplicates',
      params: { rows: 120, mode: 'sum', column: 'brand' },
      severity: 'alert',
      count: 80,
      where: at(3, 4, 9, 10, 15),
    };
    expect(en(issue)).toBe(
      '80 of 120 rows repeat a series and period already seen (lines 3, 4, 9, 10, 15 and 75 more); their sales were summed. Column "brand" with the date and the series key columns tells these rows apart: add it to the series key columns.',
    );
    expect(zh(issue)).toBe(
      '120 行中有 80 行与已出现的序列和期间重复（第 3、4、9、10、15 行，另有 75 处）；其销量已相加。“brand”列与日期和序列键列一起可以区分这些行：请把它加入序列键列。',
    );
  });

  it('chooses singular or plural and groups counts in the user’s language', () => {
    const blank = (count: number): DataIssue => ({
      code: 'blank-lines',
      params: {},
      severity: 'status',
      count,
      where: at(3),
    });
    expect(en(blank(1))).toBe('1 blank line was skipped (line 3).');
    expect(en(blank(2500))).toBe('2,500 blank lines were skipped (lines 3 and 2,499 more).');
  });

  it('words an unreadable column with its first example, and what happens to those cells', () => {
    const issue: DataIssue = {
      code: 'unparseable-number',
      params: {
        columns: ['sales'],
        reading: 'numbers',
        then: 'missing-sales',
        example: { text: 'n/a', line: 3 },
      },
      severity: 'alert',
      count: 2,
      where: [
        { line: 3, column: 'sales' },
        { line: 5, column: 'sales' },
      ],
    };
    expect(en(issue)).toBe(
      'Column "sales": 2 values could not be read as numbers (e.g. "n/a" on line 3; lines 3, 5). Those periods are treated as missing sales.',
    );
  });

  it('words closed and unlisted periods together', () => {
    const issue: DataIssue = {
      code: 'not-selling',
      params: { closed: 2, unlisted: 1 },
      severity: 'status',
      count: 3,
      where: at(4, 5, 9),
    };
    expect(en(issue)).toBe(
      '2 periods closed and 1 period with no price (not listed) kept out of demand (lines 4, 5, 9): their zero sales are not counted as zero demand.',
    );
  });

  it('says which columns were read together as the dates', () => {
    const issue: DataIssue = {
      code: 'date-parts-joined',
      params: { column: 'Year + Week', parts: ['Year', 'Week'], weeks: true },
      severity: 'status',
      count: 520,
    };
    expect(en(issue)).toBe(
      'No column holds whole dates, so the columns "Year", "Week" were read together as each row’s date (column “Year + Week”; weeks run from Monday, week 1 of the first year being its ISO week 1, and a year has the 52 or 53 weeks the file numbers in it).',
    );
    expect(zh(issue)).toContain('ISO 第 1 周');
    const months = { ...issue, params: { column: 'Year + Month', parts: ['Year', 'Month'], weeks: false } };
    expect(en(months)).not.toContain('week');
    expect(zh(months)).not.toContain('周');
  });

  it('lists a few short series by name and how many more', () => {
    const issue: DataIssue = {
      code: 'short-series',
      params: { minimum: 14, examples: ['A', 'B'] },
      severity: 'alert',
      count: 4,
    };
    expect(en(issue)).toBe(
      '4 series have fewer than 14 periods with sales ("A", "B" and 2 more): kept, but too short for seasonal models.',
    );
  });
});
