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

export function makeIssue(
  severity: IssueSeverity,
  code: string,
  message: string,
  count: number,
  lines: readonly number[] = [],
  column?: string,
): DataIssue {
  const issue: DataIssue = { severity, code, message, count };
  if (lines.length > 0) {
    issue.where = lines
      .slice(0, MAX_EXAMPLES)
      .map((line) => (column === undefined ? { line } : { line, column }));
  }
  return issue;
}

/** "lines 4, 9 and 12" / "line 4" — for messages that say where. */
export function describeLines(lines: readonly number[], total: number): string {
  if (lines.length === 0) return '';
  const shown = lines.join(', ');
  const more = total > lines.length ? ` and ${total - lines.length} more` : '';
  return `${lines.length === 1 && total === 1 ? 'line' : 'lines'} ${shown}${more}`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
