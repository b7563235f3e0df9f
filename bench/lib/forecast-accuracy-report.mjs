// Markdown for the accuracy suite: one table per data set (our models, Auto and R's methods, each
// as a ratio to R's best single method) and the notes on how it was measured.
import { markdownTable } from '../../scripts/lib/markdown-sections.mjs';

/**
 * @typedef {import('./forecast-accuracy.mjs').SummaryLine} SummaryLine
 * @typedef {import('./forecast-accuracy.mjs').MethodLine} MethodLine
 */

/** @param {number} value @param {number} digits */
const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
/** @param {number} share */
const percent = (share) => (Number.isFinite(share) ? `${(100 * share).toFixed(1)} %` : 'n/a');
/** @param {boolean} ok */
const yesNo = (ok) => (ok ? '**yes**' : '**no**');

/** The R calls, exactly as bench/r/forecast-accuracy.R makes them (y = ts of the training history). */
export const R_CALLS = {
  ets: 'forecast(ets(y), h = h, level = 80)',
  arima: 'forecast(auto.arima(y), h = h, level = 80)',
  theta: 'thetaf(y, h = h, level = 80)',
  snaive: 'snaive(y, h = h, level = 80)',
  croston: 'croston(y, h = h)',
  stlf: 'stlf(y, h = h, level = 80)',
};

/**
 * R's method with the lowest mean MASE.
 * @param {Map<string, MethodLine>} r
 * @returns {{ method: string, line: MethodLine }}
 */
function bestR(r) {
  /** @type {{ method: string, line: MethodLine } | null} */
  let best = null;
  for (const [method, line] of r) if (best === null || line.mase < best.line.mase) best = { method, line };
  // Never null: r has a line for each of rMethodsFor's methods, at least five.
  return /** @type {{ method: string, line: MethodLine }} */ (best);
}

/**
 * @param {import('./forecast-accuracy.mjs').DatasetResult} result what benchmarkDataset returned
 * @returns {{ markdown: string, summary: string[] }}
 */
export function datasetSection(result) {
  const { spec, r, ours, auto } = result;
  const best = bestR(r);
  /** @param {SummaryLine} line */
  const ratio = (line) => fixed(line.mase / best.line.mase, 3);
  /** One table row: Auto's line has no failures. @param {string} name @param {SummaryLine & { failures?: number }} line */
  const row = (name, line) => [
    name,
    String(line.series),
    fixed(line.mase, 3),
    fixed(line.smape, 1),
    fixed(line.wape, 1),
    percent(line.coverage),
    ratio(line),
    line.failures ? String(line.failures) : '',
  ];
  const rows = [
    row('**Auto** (ours)', auto),
    ...[...ours]
      .sort((a, b) => a[1].mase - b[1].mase)
      .map(([id, line]) =>
        row(`${id} (ours${result.extraIds.includes(id) ? ", not in the app's list" : ''})`, line),
      ),
    ...[...r]
      .sort((a, b) => a[1].mase - b[1].mase)
      .map(([method, line]) => row(`R ${method}${method === best.method ? ' (R best)' : ''}`, line)),
  ];
  const snaive = ours.get('snaive');
  const choices = [...result.choices]
    .sort((a, b) => b[1] - a[1])
    .map(([model, count]) => `${model} ${count}`)
    .join(', ');
  const trimmed =
    spec.lastPeriods === undefined
      ? ''
      : `, last ${spec.lastPeriods} periods of history only (for every method)`;
  const markdown = [
    `### ${spec.name} (${result.seriesCount} ${result.frequency} series, h = ${spec.horizon}, season ${result.seasonLength}${trimmed})`,
    '',
    markdownTable(
      [
        'forecast',
        'series',
        'mean MASE',
        'mean sMAPE (%)',
        'WAPE (%)',
        '80% coverage',
        'MASE ÷ R best',
        'failed',
      ],
      rows,
    ),
    '',
    `Auto's choices: ${choices}. Time: our core ${fixed(result.coreSeconds, 0)} s (1 thread, every model + the extra per-model runs), R ${fixed(result.rSeconds, 0)} s (2 cores), run side by side.` +
      (result.skipped.length > 0
        ? ` Left out (no last-horizon test window): ${result.skipped.join('; ')}.`
        : ''),
  ].join('\n');
  const summary = [
    spec.name,
    fixed(auto.mase, 3),
    `${fixed(best.line.mase, 3)} (${best.method})`,
    ratio(auto),
    yesNo(auto.mase <= best.line.mase),
    snaive ? fixed(snaive.mase, 3) : 'n/a',
    snaive
      ? `${yesNo(auto.mase <= 0.9 * snaive.mase)} (${fixed(100 * (1 - auto.mase / snaive.mase), 1)} % below)`
      : 'n/a',
  ];
  return { markdown, summary };
}

export function accuracyMethodNotes() {
  return [
    '### How these are measured',
    '',
    '- Data: each CSV is read, mapped (`guessMapping`) and cleaned (`deriveDataset`, default cleaning) by the app\'s data core, and each series cut out with `buildSeriesInput`, as the app does. Split: the app\'s horizon holdout (`{ kind: "holdout", validationHorizons: 1 }`): test = the last h periods, validation = the h before.',
    "- Ours: per series, the forecast worker's own code: `planModels` (Auto: every model in the app's list that applies; Croston/SBA/TSB only for intermittent or lumpy series; no time budget) and `evaluateSeries` with the app's run settings (`runSettingsOf`: seed, level 0.8, MASE ranking). \"Auto\" is what the app exports. A core model that the app's model list does not offer (marked \"not in the app's list\") is evaluated on the same split in a second `evaluateSeries` call and is no candidate for Auto.",
    '- R: the same training history (every period before the test window) goes to `bench/r/forecast-accuracy.R` as `ts(y, frequency = season)`; periods before the first sales value are dropped and missing values inside the history (closed days) filled with `na.interp`, since `ets` and `thetaf` take none. Series are spread over 2 cores with `parallel::mclapply`. A call that errors is counted under "failed" and that series gets `snaive`\'s forecast under the method\'s name. The calls:',
    '',
    ...Object.entries(R_CALLS).map(([method, call]) => `  - ${method}: \`${call}\``),
    '',
    "- Scoring: R's forecasts (clipped at 0, as our sales forecasts are) go through the core's `computeMetrics` with the same MASE scale (in-sample seasonal-naive MAE of the train part) our models get. MASE and sMAPE are means over series; WAPE is pooled (Σ|error| ÷ Σ|actual|); coverage is the mean share of test actuals inside the p10–p90 band (ours: the app's catalogue calibration — every model's and each default combination's scaled calibration-window errors pooled over all series of the data set into error sketches, then each series' bands recomputed, as the forecast pool does at the end of a run; R: `level = 80`). `croston()` gives no interval (n/a). \"MASE ÷ R best\" divides by the mean MASE of R's best single method on that data set.",
    "- R's forecasts are cached in `bench/.out/forecast-accuracy/` under a hash of the training histories R is given (data file, cleaning, split and horizon), the R script and its arguments; a run with a cached file reuses it and reports the time of the run that made it.",
    "- Weekly data have season 52: R's `ets` then ignores the season (it handles periods up to 24), as it does for every user of R.",
  ].join('\n');
}
