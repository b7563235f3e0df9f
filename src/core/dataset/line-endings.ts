/**
 * Turns every line break outside quoted values into `\n`, so a file whose line endings change
 * part-way (two exports pasted together: CRLF, then LF, or a lone CR) reads as one table. The
 * parser is then given `\n` as its only newline. Breaks inside quoted values are left as written:
 * they are part of the value.
 *
 * Text arrives in pieces of any size; a `\r` or `"` at the end of a piece is held back until the
 * next character shows what it is (`\r\n` or a lone `\r`; `""` or a closing quote).
 */
export class LineEndingNormalizer {
  private quoted = false;
  /** The last character already handled: a quote right after it opens a quoted value. */
  private previous = '\n';
  /** The end of the last piece, whose meaning depends on the next one. */
  private held = '';

  constructor(private readonly delimiter: string) {}

  /** The piece with its line breaks normalised; `final` says no text follows. */
  push(text: string, final: boolean): string {
    const input = this.held + text;
    this.held = '';
    const n = input.length;
    const delimiter = this.delimiter;
    let out = '';
    /** Start of the input not yet copied to `out`. */
    let from = 0;
    let end = n;
    let i = 0;
    // Where the next `\r` is, looked up again only once passed: a fresh search per quote would scan
    // to the end of a CR-free text each time.
    let cr = input.indexOf('\r');
    while (i < n) {
      if (this.quoted) {
        const quote = input.indexOf('"', i);
        if (quote === -1) break;
        if (quote + 1 === n && !final) {
          end = quote;
          break;
        }
        const next = input[quote + 1];
        if (next === '"') {
          i = quote + 2;
          continue;
        }
        // As papaparse does, a quote closes the value only before a delimiter, a line break or the end.
        if (next === undefined || next === delimiter || next === '\n' || next === '\r') this.quoted = false;
        i = quote + 1;
        continue;
      }
      const quote = input.indexOf('"', i);
      if (cr !== -1 && cr < i) cr = input.indexOf('\r', i);
      if (quote !== -1 && (cr === -1 || quote < cr)) {
        // Only a quote that starts a field opens a quoted value (`5" screen` is plain text).
        const before = quote === 0 ? this.previous : input[quote - 1];
        if (before === delimiter || before === '\n' || before === '\r') this.quoted = true;
        i = quote + 1;
        continue;
      }
      if (cr === -1) break;
      if (cr + 1 === n && !final) {
        end = cr;
        break;
      }
      out += input.slice(from, cr);
      if (input[cr + 1] === '\n') {
        from = cr + 1;
        i = cr + 2;
      } else {
        out += '\n';
        from = cr + 1;
        i = cr + 1;
      }
    }
    out += input.slice(from, end);
    if (end > 0) this.previous = input[end - 1]!;
    this.held = input.slice(end);
    return out;
  }
}
