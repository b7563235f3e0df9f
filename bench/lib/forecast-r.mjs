// R's forecast package as the benchmark's reference: installs it when Rscript is missing, writes
// the training histories for R, runs a script from bench/r/ and reads back R's forecasts.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {object} RForecast R's forecast of one series by one method (R's CSV, one row per step).
 * @property {Float64Array} mean
 * @property {Float64Array} lo80 NaN where R gives no interval
 * @property {Float64Array} hi80 NaN where R gives no interval
 * @property {boolean} failed the method errored and R gave `snaive`'s forecast under its name
 * @property {number} seconds R's time for this series and method
 */

/**
 * Whether `Rscript` runs; when it does not, installs Debian's r-base-core and r-cran-forecast (and says so).
 * @param {(message: string) => void} log
 * @returns {{ installed: boolean, version: string }}
 */
export function ensureRscript(log) {
  const version = () =>
    execFileSync(
      'Rscript',
      ['-e', 'cat(R.version.string, "| forecast", as.character(packageVersion("forecast")))'],
      { encoding: 'utf8' },
    );
  try {
    return { installed: false, version: version().trim() };
  } catch {
    log('Rscript or the forecast package is missing: installing r-base-core r-cran-forecast with apt-get');
    const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
    /** @param {string[]} args */
    const apt = (args) =>
      execFileSync(sudo[0] ?? 'apt-get', [...(sudo.length > 0 ? ['apt-get'] : []), ...args], {
        stdio: 'inherit',
      });
    apt(['update']);
    apt(['install', '-y', '--no-install-recommends', 'r-base-core', 'r-cran-forecast']);
    return { installed: true, version: version().trim() };
  }
}

/**
 * Runs `Rscript <script> …args` without blocking the event loop; resolves with its wall time in seconds.
 * @param {string} script
 * @param {string[]} args
 * @param {(message: string) => void} log gets each chunk R prints on stdout
 * @returns {Promise<number>}
 */
export function runRscript(script, args, log) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('Rscript', [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    child.stdout.on('data', (chunk) => log(`R: ${String(chunk).trim()}`));
    child.stderr.on('data', (chunk) => {
      errors += String(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve((performance.now() - started) / 1000);
      else reject(new Error(`Rscript ${script} exited with ${code}: ${errors.slice(-2000)}`));
    });
  });
}

/**
 * Writes `series,y` rows (one per period, NA for a missing value) of each series' first `lengths[i]` periods.
 * @param {string} file
 * @param {Float64Array[]} series
 * @param {number[]} lengths
 */
export function writeHistories(file, series, lengths) {
  const lines = ['series,y'];
  series.forEach((y, i) => {
    const length = lengths[i] ?? y.length;
    for (let t = 0; t < length; t++) {
      const value = y[t];
      lines.push(`s${i},${Number.isNaN(value) ? 'NA' : value}`);
    }
  });
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/**
 * Reads R's forecasts: per method, per series index, the mean and 80% bounds (NaN where R gives none).
 * @param {string} file
 * @param {number} horizon
 * @returns {Map<string, Map<number, RForecast>>}
 */
export function readForecasts(file, horizon) {
  const [header, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
  const columns = (header ?? '').split(',').map((name) => name.replaceAll('"', ''));
  /** @param {string} name */
  const at = (name) => columns.indexOf(name);
  /** @param {string | undefined} cell */
  const number = (cell) => (cell === 'NA' || cell === undefined ? NaN : Number(cell));
  /** @type {Map<string, Map<number, RForecast>>} */
  const byMethod = new Map();
  for (const row of rows) {
    const cells = row.split(',').map((cell) => cell.replaceAll('"', ''));
    // Every row of R's CSV has the method and series columns.
    const method = /** @type {string} */ (cells[at('method')]);
    const index = Number(/** @type {string} */ (cells[at('series')]).slice(1));
    if (!byMethod.has(method)) byMethod.set(method, new Map());
    const bySeries = /** @type {Map<number, RForecast>} */ (byMethod.get(method));
    if (!bySeries.has(index)) {
      bySeries.set(index, {
        mean: new Float64Array(horizon),
        lo80: new Float64Array(horizon),
        hi80: new Float64Array(horizon),
        failed: cells[at('failed')] === '1',
        seconds: number(cells[at('seconds')]),
      });
    }
    const forecast = /** @type {RForecast} */ (bySeries.get(index));
    const step = Number(cells[at('step')]) - 1;
    forecast.mean[step] = number(cells[at('mean')]);
    forecast.lo80[step] = number(cells[at('lo80')]);
    forecast.hi80[step] = number(cells[at('hi80')]);
  }
  return byMethod;
}

/** @param {string} repoRoot */
export const R_SCRIPT_DIR = (repoRoot) => join(repoRoot, 'bench', 'r');
