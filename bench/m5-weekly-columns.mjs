// `node bench/m5-weekly-columns.mjs [--plan=given] [--k=0,1,2]`: what the column guess does to the
// forecasts on a weekly, price-driven data set that is not one of the accuracy suite's. It is built
// from ../shared/data/m5_subset_daily.csv (45 real M5 item-store series) by summing the days into
// M5's Saturday-to-Friday weeks: sales summed, price the mean of the week's daily prices, snap_days
// the week's SNAP days, event_week 1 when the week holds a calendar event, and revenue = sales ×
// price, the column a retailer's export carries beside the units. Three mappings, each run through
// the forecast core as the accuracy suite runs it (runCore, horizon 8, last k horizons dropped):
// the app's own guess, the guess with revenue added as a covariate, and the guess without the two
// columns whose names hold a date word (the guess before event names won over date words).
// Prints mean MASE of Auto, AR-X and the pooled regression and Auto's 80 % coverage. --plan=given
// reads every covariate as planned (the values that followed each origin act as plan rows).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleForecastCore } from './lib/forecast-core-bundle.mjs';
import { runCore } from './lib/forecast-core-run.mjs';

const repoRoot = resolve(import.meta.dirname, '..');
const dataDir = process.env.SHELFCAST_DATA ?? join(repoRoot, '..', 'shared', 'data');
const option = (/** @type {string} */ name) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const planGiven = option('plan') === 'given';
const ks = (option('k') ?? '0,1,2').split(',').map(Number);
const HORIZON = 8;

/**
 * @typedef {import('../src/core/dataset/types').CovariateMapping} CovariateMapping
 * @typedef {import('../src/core/forecast/types').SeriesInput} SeriesInput
 */
const FIRST_SATURDAY = Date.UTC(2011, 0, 29);
const DAY = 86_400_000;

/**
 * The weekly CSV text, from the daily file's rows (no field of that file is quoted).
 * @param {string} daily
 */
function weeklyCsv(daily) {
  const [header = '', ...lines] = daily.trim().split('\n');
  const names = header.split(',');
  /** @param {string[]} cells @param {string} name */
  const read = (cells, name) => cells[names.indexOf(name)] ?? '';
  /** @type {Map<string, { date: string, store: string, item: string, sales: number, prices: number[], snap: number, event: number, days: number }>} */
  const weeks = new Map();
  for (const line of lines) {
    const cells = line.split(',');
    const week = Math.floor((Date.parse(read(cells, 'date')) - FIRST_SATURDAY) / (7 * DAY));
    const key = `${read(cells, 'store')}|${read(cells, 'item')}|${week}`;
    let entry = weeks.get(key);
    if (!entry) {
      const date = new Date(FIRST_SATURDAY + week * 7 * DAY).toISOString().slice(0, 10);
      const [store, item] = [read(cells, 'store'), read(cells, 'item')];
      entry = { date, store, item, sales: 0, prices: [], snap: 0, event: 0, days: 0 };
      weeks.set(key, entry);
    }
    entry.sales += Number(read(cells, 'sales'));
    if (read(cells, 'price') !== '') entry.prices.push(Number(read(cells, 'price')));
    entry.snap += Number(read(cells, 'snap') || 0);
    if (read(cells, 'event_name') !== '') entry.event = 1;
    entry.days++;
  }
  const rows = ['date,store,item,sales,price,snap_days,event_week,revenue'];
  for (const w of weeks.values()) {
    if (w.days < 7) continue; // the file's last, partial week
    const price = w.prices.length > 0 ? w.prices.reduce((a, b) => a + b, 0) / w.prices.length : NaN;
    const cell = (/** @type {number} */ value) =>
      Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : '';
    rows.push(
      [w.date, w.store, w.item, w.sales, cell(price), w.snap, w.event, cell(w.sales * price)].join(','),
    );
  }
  return `${rows.join('\n')}\n`;
}

/** @param {number[]} values */
const mean = (values) => {
  const finite = values.filter(Number.isFinite);
  return finite.reduce((a, b) => a + b, 0) / finite.length;
};

const core = await import(await bundleForecastCore(repoRoot, join(repoRoot, 'bench', '.out')));
const dailyFile = join(dataDir, 'm5_subset_daily.csv');
let daily;
try {
  daily = readFileSync(dailyFile, 'utf8');
} catch {
  console.error(`${dailyFile} is missing (set SHELFCAST_DATA): nothing to measure`);
  process.exit(1);
}
const table = core.readDelimitedText(weeklyCsv(daily), 'm5_weekly.csv');
const guess = core.guessMapping(table);
const mappings = {
  'app guess': guess,
  'guess + revenue': { ...guess, covariates: [...guess.covariates, { column: 'revenue', kind: 'numeric' }] },
  'guess − snap_days, event_week': {
    ...guess,
    covariates: guess.covariates.filter(
      (/** @type {CovariateMapping} */ c) => c.column !== 'snap_days' && c.column !== 'event_week',
    ),
  },
};
console.log(
  `app guess: covariates ${guess.covariates.map((/** @type {CovariateMapping} */ c) => c.column).join(', ')}; plan ${planGiven ? 'given' : 'none'}`,
);
console.log('| mapping | k | Auto | AR-X | pooled | Auto 80 % coverage |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, mapping] of Object.entries(mappings)) {
  const { dataset } = core.deriveDataset(table, mapping);
  const full = dataset.seriesIds.map((/** @type {string} */ _, /** @type {number} */ s) =>
    core.buildSeriesInput(dataset, s, HORIZON),
  );
  for (const k of ks) {
    const inputs = full.map((/** @type {SeriesInput} */ input) => {
      const n = input.y.length - k * HORIZON;
      return {
        ...input,
        y: input.y.slice(0, n),
        dates: input.dates.slice(0, n + HORIZON),
        covariates: input.covariates.map(({ carriedForward: _unplanned, ...covariate }) => ({
          ...covariate,
          values: covariate.values.slice(0, n + HORIZON),
          ...(planGiven ? {} : { carriedForward: true }),
        })),
      };
    });
    const { results } = runCore(core, { frequency: dataset.frequency, inputs }, HORIZON, () => undefined);
    const model = (/** @type {string} */ id) =>
      mean(results.map((r) => r.models.get(id)?.test?.mase ?? NaN)).toFixed(3);
    const auto = mean(results.map((r) => r.auto?.test?.mase ?? NaN)).toFixed(3);
    const coverage = (100 * mean(results.map((r) => r.auto?.coverage ?? NaN))).toFixed(1);
    console.log(`| ${name} | ${k} | ${auto} | ${model('arx')} | ${model('pooled')} | ${coverage} % |`);
  }
}
