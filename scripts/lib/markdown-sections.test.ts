import { describe, it, expect } from 'vitest';
import { markdownTable, replaceSection } from './markdown-sections.mjs';

describe('BENCHMARKS.md sections', () => {
  it('appends a new section after the existing text', () => {
    expect(replaceSection('# Benchmarks\n', 'data', 'rows: 1')).toBe(
      '# Benchmarks\n\n<!-- bench:data:start -->\nrows: 1\n<!-- bench:data:end -->\n',
    );
  });

  it('replaces only its own section and keeps the others', () => {
    let document = replaceSection('# Benchmarks\n', 'data', 'old data');
    document = replaceSection(document, 'forecast', 'forecast numbers');
    const updated = replaceSection(document, 'data', 'new data');
    expect(updated).toContain('new data');
    expect(updated).not.toContain('old data');
    expect(updated).toContain('forecast numbers');
    expect(updated.indexOf('new data')).toBeLessThan(updated.indexOf('forecast numbers'));
    expect(replaceSection(updated, 'data', 'new data')).toBe(updated);
  });

  it('writes a Markdown table with a separator row', () => {
    expect(markdownTable(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });
});
