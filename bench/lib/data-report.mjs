// Turns the data suite's measurements into its BENCHMARKS.md section: a table per file, the targets
// with their verdicts, and how each number was taken.
import { markdownTable } from '../../scripts/lib/markdown-sections.mjs';

const MB = 1e6;
/** Per row: 4 B date + 2 × 4 B keys + 3 × 8 B numbers (sales, price, promo). */
export const NUMERIC_BYTES_PER_ROW = 4 + 2 * 4 + 3 * 8;

/** @param {number} bytes */
const mb = (bytes) => (Number.isFinite(bytes) ? (bytes / MB).toFixed(0) : 'n/a');
/** @param {number} millis */
const seconds = (millis) => (millis / 1000).toFixed(2);
/** @param {number} part @param {number} whole */
const ratio = (part, whole) => (Number.isFinite(part) ? `${(part / whole).toFixed(2)} ×` : 'n/a');
/** @param {boolean} ok */
const verdict = (ok) => (ok ? 'met' : '**not met**');
/** @param {number} millis */
const taskMs = (millis) => (Number.isFinite(millis) ? millis.toFixed(0) : 'n/a');
/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
/** @param {number[]} values */
const max = (values) => Math.max(...values);

/**
 * @typedef {import('../suites/data.mjs').ImportMeasurement} ImportMeasurement
 * @typedef {{ label: string, isApp: boolean, runs: ImportMeasurement[] }} Column
 */

/**
 * @param {Column[]} columns
 * @param {number} payloadBytes
 * @param {number} settleMs
 */
function millionTable(columns, payloadBytes, settleMs) {
  const app = columns.find((column) => column.isApp) ?? { runs: [] };
  const medianMs = (/** @type {Column} */ column) => median(column.runs.map((run) => run.millis));
  const fastestBareMs = Math.min(...columns.filter((column) => !column.isApp).map(medianMs));
  const appMs = app.runs.every((run) => run.outcome === 'loaded')
    ? median(app.runs.map((run) => run.millis))
    : NaN;
  const appLongest = max(app.runs.map((run) => run.longestTaskMs));
  const appPeak = max(app.runs.map((run) => run.peakPssBytes));
  /** One table row: a label, one cell per column, and the target. @param {string} label @param {(column: Column) => string} cell @param {string} [target] */
  const row = (label, cell, target = '') => [label, ...columns.map(cell), target];
  const perRun = (/** @type {(run: ImportMeasurement) => number} */ pick) => (/** @type {Column} */ column) =>
    column.runs.map(pick);
  const beforePss = perRun((run) => run.beforePssBytes);
  const peakPss = perRun((run) => run.peakPssBytes);
  const heldPss = perRun((run) => run.heldPssBytes);
  return markdownTable(
    ['measure', ...columns.map((column) => column.label), 'target'],
    [
      row('outcome of each run', (column) => column.runs.map((run) => run.outcome).join(', '), 'loaded'),
      row(
        `time, median of ${app.runs.length} (s)`,
        (column) => seconds(medianMs(column)),
        `app ≤ 2 × fastest bare parse: ${verdict(appMs <= 2 * fastestBareMs)} (${(appMs / fastestBareMs).toFixed(2)} ×)`,
      ),
      row('each run (s)', (column) => column.runs.map((run) => seconds(run.millis)).join(', ')),
      row(
        'longest main-thread task during import (ms)',
        (column) => taskMs(max(column.runs.map((run) => run.longestTaskMs))),
        `≤ 100 ms: ${verdict(appLongest <= 100)}`,
      ),
      row('long tasks during import (most in one run)', (column) =>
        String(max(column.runs.map((run) => run.longTaskCount))),
      ),
      row(`longest task in the ${settleMs / 1000} s after the summary (ms)`, (column) =>
        taskMs(max(column.runs.map((run) => run.longestTaskAfterMs))),
      ),
      row('page renderer before import, PSS (MB, median)', (column) => mb(median(beforePss(column)))),
      row('peak page renderer, PSS (MB, highest run)', (column) => mb(max(peakPss(column)))),
      row('peak page renderer, RSS (MB, highest run)', (column) =>
        mb(max(column.runs.map((run) => run.peakRssBytes))),
      ),
      row('peak PSS of all renderers together (MB)', (column) =>
        mb(max(column.runs.map((run) => run.peakAllRenderersPssBytes))),
      ),
      row(
        `peak PSS ÷ numeric payload (${mb(payloadBytes)} MB)`,
        (column) => ratio(max(peakPss(column)), payloadBytes),
        `app < 4 ×: ${verdict(appPeak < 4 * payloadBytes)}`,
      ),
      row('peak PSS rise over before-import ÷ payload', (column) =>
        ratio(max(peakPss(column)) - median(beforePss(column)), payloadBytes),
      ),
      row('held after import and full GC, PSS (MB, highest run)', (column) => mb(max(heldPss(column)))),
      row('held PSS ÷ payload', (column) => ratio(max(heldPss(column)), payloadBytes)),
      row('held PSS rise over before-import ÷ payload', (column) =>
        ratio(max(heldPss(column)) - median(beforePss(column)), payloadBytes),
      ),
      row('live workers after import', (column) => String(max(column.runs.map((run) => run.liveWorkers)))),
      row(
        'peak main-thread JS heap, CDP (MB)',
        (column) => mb(max(column.runs.map((run) => run.peakJsHeapBytes))),
        'reference only',
      ),
      row(
        'held main-thread JS heap after GC, CDP (MB)',
        (column) => mb(max(column.runs.map((run) => run.heldJsHeapBytes))),
        'reference only',
      ),
    ],
  );
}

/**
 * @param {{ large: { rows: number, bytes: number }, largeRun: ImportMeasurement, settleMs: number }} input
 */
function largeTable({ large, largeRun, settleMs }) {
  const payloadBytes = large.rows * NUMERIC_BYTES_PER_ROW;
  return markdownTable(
    ['measure', 'value'],
    [
      ['file', `${mb(large.bytes)} MB, ${large.rows.toLocaleString('en-US')} rows`],
      [
        'outcome',
        largeRun.outcome + (largeRun.message ? `: “${largeRun.message.replaceAll('|', '\\|')}”` : ''),
      ],
      ['time from file chosen to outcome (s)', seconds(largeRun.millis)],
      ['longest main-thread task during import (ms)', taskMs(largeRun.longestTaskMs)],
      [`longest task in the ${settleMs / 1000} s after (ms)`, taskMs(largeRun.longestTaskAfterMs)],
      ['page renderer before import, PSS (MB)', mb(largeRun.beforePssBytes)],
      ['peak page renderer, PSS / RSS (MB)', `${mb(largeRun.peakPssBytes)} / ${mb(largeRun.peakRssBytes)}`],
      [`peak PSS ÷ numeric payload (${mb(payloadBytes)} MB)`, ratio(largeRun.peakPssBytes, payloadBytes)],
      ['held after import and full GC, PSS (MB)', mb(largeRun.heldPssBytes)],
      ['peak main-thread JS heap, CDP (MB)', mb(largeRun.peakJsHeapBytes)],
    ],
  );
}

const METHOD_NOTES = [
  '- Each run uses a fresh headless Chromium. The file is set on `[data-testid=file-input]` with Playwright; the time runs on the page clock from the input’s `change` event to the animation frame that sees `[data-testid=summary-rows]` carry the expected row count. The baseline page (served without CSP by a separate loopback server) hands the same `File` to a classic worker that runs `Papa.parse` over it and only counts rows, with papaparse’s default 10 MB chunks and with the 1 MB slices the app reads files in; it reports its count the same way. The time target compares the app with the faster of the two.',
  '- Long tasks: a buffered `PerformanceObserver` for `longtask`, installed before the page’s scripts; tasks overlapping the import window (change event → summary) count for the target; tasks in the 2 s after the summary (rendering what the import produced) are listed apart.',
  '- Memory: PSS and RSS from `/proc/<pid>/smaps_rollup` of the Chromium renderer processes under the benchmark’s process tree, sampled every 100 ms during the import and for 2 s after it. "Page renderer" is the renderer with the highest peak PSS (headless Chromium also runs a spare renderer and a UI one; the "all renderers" row sums them with the page’s). Workers are threads of the page’s renderer, so they are included. "Held" is one sample after a full GC (`gc()`, exposed by `--js-flags=--expose-gc`) in the page and each live worker. "Rise over before-import" subtracts the page renderer’s memory just before the file was chosen. Numeric payload = rows × 36 B (4 B date + 2 × 4 B keys + 3 × 8 B numbers). MB = 10⁶ bytes.',
  '- JS heap: CDP `Performance.getMetrics` `JSHeapUsedSize` of the page’s main thread, every 250 ms; it leaves out ArrayBuffers and worker heaps, so it is for reference only.',
  '- The machine may be shared with other work (see the load average above), so times vary between runs; the pages alternate within each round to share any slow spell.',
];

/**
 * @param {{ title: string, date: string, machine: string, command: string, settleMs: number,
 *   million: { rows: number, bytes: number }, large: { rows: number, bytes: number },
 *   columns: Column[], largeRun: ImportMeasurement }} input
 * @returns {string}
 */
export function dataReport(input) {
  const payloadBytes = input.million.rows * NUMERIC_BYTES_PER_ROW;
  return [
    `## ${input.title}`,
    '',
    `Measured ${input.date} on ${input.machine}. Command: \`${input.command}\`.`,
    '',
    `### 1,000,000-row long CSV (${mb(input.million.bytes)} MB: date, store, item, sales, price, promo; 1,000 series × 1,000 days)`,
    '',
    millionTable(input.columns, payloadBytes, input.settleMs),
    '',
    '### 200 MB file (same generator, more stores)',
    '',
    largeTable(input),
    '',
    '### How these are measured',
    '',
    ...METHOD_NOTES,
  ].join('\n');
}
