/**
 * The data's findings (core/dataset/problem-codes.ts) in the user's language: one sentence per
 * issue, saying what, how many, where and what was done.
 */
import type { TFunction } from 'i18next';
import type { DataIssue } from '../../core/dataset/types';
import type { UnreadableConsequence } from '../../core/dataset/problem-codes';
import { linesText, quotedList } from './word-lists';

const THEN = {
  unknown: 'issues.thenUnknown',
  open: 'issues.thenOpen',
  'missing-sales': 'issues.thenMissingSales',
} as const satisfies Record<UnreadableConsequence, string>;

export function issueText(t: TFunction<'data'>, locale: string, issue: DataIssue): string {
  const { count } = issue;
  const lines = linesText(
    t,
    locale,
    (issue.where ?? []).map((place) => place.line),
    count,
  );
  switch (issue.code) {
    case 'duplicates': {
      const { rows, mode, column } = issue.params;
      const action = mode === 'sum' ? t('issues.summed') : t('issues.keptLast');
      if (issue.severity === 'status') return t('issues.duplicatesFew', { count, lines, action });
      const advice =
        column === null ? t('issues.duplicatesNoColumn') : t('issues.duplicatesColumn', { column });
      return t('issues.duplicatesMany', { count, rows, lines, action, advice });
    }
    case 'gaps-filled': {
      const { series, mode } = issue.params;
      return mode === 'zero'
        ? t('issues.gapsZero', { count, series })
        : t('issues.gapsMissing', { count, series });
    }
    case 'missing-sales':
      return t('issues.missingSales', { count, lines });
    case 'negatives':
      return issue.params.mode === 'clip'
        ? t('issues.negativesClip', { count, lines })
        : t('issues.negativesKeep', { count, lines });
    case 'not-selling': {
      const { closed, unlisted } = issue.params;
      const parts = [
        closed > 0 ? t('issues.closed', { count: closed }) : null,
        unlisted > 0 ? t('issues.unlisted', { count: unlisted }) : null,
      ].filter((part) => part !== null);
      const [first = '', second] = parts;
      const both = second === undefined ? first : t('issues.both', { first, second });
      return t('issues.notSelling', { parts: both, lines });
    }
    case 'outliers':
      return issue.params.mode === 'cap'
        ? t('issues.outliersCap', { count, lines })
        : t('issues.outliersFlag', { count, lines });
    case 'plan-rows':
      return t('issues.planRows', { count, series: issue.params.series });
    case 'short-series': {
      const { minimum, examples } = issue.params;
      return t('issues.shortSeries', { count, minimum, list: quotedList(t, examples, count) });
    }
    case 'unparseable-number': {
      const { columns, reading, then, example } = issue.params;
      const what = reading === 'flag' ? t('issues.asFlag') : t('issues.asNumbers');
      const thenText = t(THEN[then]);
      const [column] = columns;
      if (example !== null && column !== undefined && columns.length === 1) {
        return t('issues.unreadableColumn', {
          count,
          column,
          what,
          example: example.text,
          exampleLine: example.line,
          lines,
          then: thenText,
        });
      }
      return t('issues.unreadableCells', {
        count,
        what,
        columns: quotedList(t, columns),
        lines,
        then: thenText,
      });
    }
    case 'unreadable-date':
      return t('issues.unreadableDate', { count, column: issue.params.column, lines });
    case 'malformed-quotes':
      return t('issues.malformedQuotes', { count, lines });
    case 'invalid-characters':
      return t('issues.invalidCharacters', { count });
    case 'legacy-encoding':
      return t('issues.legacyEncoding');
    case 'rows-span-lines': {
      const { rows, line, spans } = issue.params;
      return t('issues.rowsSpanLines', { count, rows, lines: issue.params.lines, line, spans });
    }
    case 'extra-fields':
      return t('issues.extraFields', { count, lines });
    case 'missing-fields':
      return t('issues.missingFields', { count, lines });
    case 'blank-lines':
      return t('issues.blankLines', { count, lines });
    case 'date-parts-joined':
      return t(issue.params.weeks ? 'issues.datePartsWeeks' : 'issues.dateParts', {
        parts: quotedList(t, issue.params.parts),
        column: issue.params.column,
      });
  }
}
