// BENCHMARKS.md is regenerated one suite at a time: each suite owns the text between its two
// markers, so running one suite leaves the others' last results in place.

/** @param {string} name */
function markers(name) {
  return { start: `<!-- bench:${name}:start -->`, end: `<!-- bench:${name}:end -->` };
}

/**
 * Puts `body` between the markers of section `name`, replacing what was there, or appends the
 * section at the end of the document when it is new.
 * @param {string} document
 * @param {string} name
 * @param {string} body
 * @returns {string}
 */
export function replaceSection(document, name, body) {
  const { start, end } = markers(name);
  const section = `${start}\n${body.trim()}\n${end}`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from !== -1 && to > from) return document.slice(0, from) + section + document.slice(to + end.length);
  const separator =
    document === '' || document.endsWith('\n\n') ? '' : document.endsWith('\n') ? '\n' : '\n\n';
  return `${document}${separator}${section}\n`;
}

/**
 * A Markdown table from a header row and body rows (cells are written as given).
 * @param {string[]} header
 * @param {string[][]} rows
 */
export function markdownTable(header, rows) {
  const line = (/** @type {string[]} */ cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
