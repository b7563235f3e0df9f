/**
 * Several rows for one (series, period) — a till export with one line per sale, or a file
 * appended twice — become one: sales summed (default) or the last row kept. Covariates always come
 * from the last row (a price is not additive). Rows meet their grid cell in file order, so "last"
 * and the order of summing are the file's.
 */
import type { CleaningSettings, DataIssue } from './types';
import { MAX_EXAMPLES, makeIssue } from './derive-issue';

/**
 * Past this share of the rows, repeats are not a few stray duplicates but a key missing from the
 * mapping (brand left out of store + brand): summing them would silently merge different series.
 */
const MISSING_KEY_SHARE = 0.02;

export class DuplicateRows {
  count = 0;
  /** The first examples in (grid cell, file row) order, as a sort by series and period would list them. */
  private readonly examples: { at: number; line: number }[] = [];

  constructor(private readonly mode: CleaningSettings['duplicates']) {}

  /** Folds the sales `value` of a row on file line `line` into grid cell `at`, which an earlier row already filled. */
  merge(target: Float64Array, at: number, value: number, line: number): void {
    this.count++;
    if (line > 0) this.noteExample(at, line);
    const previous = target[at]!;
    if (this.mode === 'last') target[at] = value;
    // Summing ignores empty cells, so one empty duplicate does not erase the others' sales.
    else if (!Number.isNaN(value)) target[at] = Number.isNaN(previous) ? value : previous + value;
  }

  /**
   * A status note for a few repeats; an alert, naming the column that would tell the rows apart
   * (`completingColumn`, asked only then), when more than MISSING_KEY_SHARE of the `rows` repeat.
   */
  issue(rows: number, completingColumn: () => string | null): DataIssue | null {
    if (this.count === 0) return null;
    const lines = this.examples.map((example) => example.line);
    const mode = this.mode;
    if (this.count <= MISSING_KEY_SHARE * rows) {
      return makeIssue(
        'status',
        { code: 'duplicates', params: { rows, mode, column: null } },
        this.count,
        lines,
      );
    }
    const column = completingColumn();
    const detail = { code: 'duplicates', params: { rows, mode, column } } as const;
    return makeIssue('alert', detail, this.count, lines, column ?? undefined);
  }

  /** Keeps the MAX_EXAMPLES smallest (at, file row) pairs, sorted: rows arrive in file order, so a tie goes after. */
  private noteExample(at: number, line: number): void {
    const examples = this.examples;
    const full = examples.length === MAX_EXAMPLES;
    if (full && at >= examples[MAX_EXAMPLES - 1]!.at) return;
    let i = examples.length;
    while (i > 0 && examples[i - 1]!.at > at) i--;
    examples.splice(i, 0, { at, line });
    if (examples.length > MAX_EXAMPLES) examples.pop();
  }
}
