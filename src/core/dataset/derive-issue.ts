import type { IssueDetail } from './problem-codes';
import type { DataIssue, IssueSeverity } from './types';

/** How many example places an issue lists: enough to find the problem, few enough to read. */
export const MAX_EXAMPLES = 5;

/** Collects up to MAX_EXAMPLES file lines while counting every occurrence. */
export class ExampleLines {
  count = 0;
  readonly lines: number[] = [];

  add(line: number): void {
    this.count++;
    if (this.lines.length < MAX_EXAMPLES && line > 0) this.lines.push(line);
  }
}

/** A finding of `count` rows/cells, with up to MAX_EXAMPLES of its file `lines` (in `column`). */
export function makeIssue(
  severity: IssueSeverity,
  detail: IssueDetail,
  count: number,
  lines: readonly number[] = [],
  column?: string,
): DataIssue {
  const issue: DataIssue = { ...detail, severity, count };
  if (lines.length > 0) {
    issue.where = lines
      .slice(0, MAX_EXAMPLES)
      .map((line) => (column === undefined ? { line } : { line, column }));
  }
  return issue;
}
