// Forecast accuracy suite (issue "Forecasting engine", Benchmarks): every model and Auto on the real
// data sets with the horizon holdout, against R's forecast package on the identical split.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { markdownTable } from '../../scripts/lib/markdown-sections.mjs';
import { benchmarkDataset } from '../lib/forecast-accuracy.mjs';
import { bundleForecastCore } from '../lib/forecast-core-bundle.mjs';
import { ACCURACY_DATASETS } from '../lib/forecast-datasets.mjs';
import { ensureRscript } from '../lib/forecast-r.mjs';
import { accuracyMethodNotes, datasetSection } from '../lib/forecast-accuracy-report.mjs';

export const title = 'Forecasting: accuracy against R';
export const needsAppBuild = false;

/** The shared real data sets live beside the repository; CI clones lack them. @param {string} repoRoot */
const dataDirOf = (repoRoot) => process.env.SHELFCAST_DATA ?? join(repoRoot, '..', 'shared', 'data');

/** @param {{ repoRoot: string, outDir: string, log: (m: string) => void, machine: string, command: string, date: string }} context */
export async function run(context) {
  const { repoRoot, outDir, log } = context;
  const dataDir = dataDirOf(repoRoot);
  const head = [
    `## ${title}`,
    '',
    `Measured ${context.date} on ${context.machine}. Command: \`${context.command}\`.`,
    '',
  ];
  if (!existsSync(dataDir)) {
    log(`data folder ${dataDir} is missing: accuracy suite skipped`);
    return [
      ...head,
      `Skipped: the data folder \`${dataDir}\` was missing on this machine (set SHELFCAST_DATA to point at it).`,
    ].join('\n');
  }
  const r = ensureRscript(log);
  log(`${r.version}${r.installed ? ' (installed by this run with apt-get)' : ''}`);
  const core = await import(await bundleForecastCore(repoRoot, outDir));
  const sections = [];
  const summaries = [];
  for (const spec of ACCURACY_DATASETS) {
    if (!existsSync(join(dataDir, `${spec.name}.csv`))) {
      log(`${spec.name}.csv is missing: skipped`);
      sections.push(`### ${spec.name}\n\nSkipped: \`${spec.name}.csv\` is not in \`${dataDir}\`.`);
      continue;
    }
    const result = await benchmarkDataset(core, spec, { repoRoot, outDir, dataDir, log });
    log(`${spec.name}: core ${result.coreSeconds.toFixed(0)} s, R ${result.rSeconds.toFixed(0)} s`);
    const { markdown, summary } = datasetSection(result);
    sections.push(markdown);
    summaries.push(summary);
  }
  const summaryTable = markdownTable(
    [
      'data set',
      'Auto MASE',
      "R's best single (MASE)",
      'Auto ÷ R best',
      'Auto ≤ R best?',
      'our seasonal naive MASE',
      'Auto ≥ 10% below seasonal naive?',
    ],
    summaries,
  );
  return [
    ...head,
    `R: ${r.version}${r.installed ? ' (Rscript was missing: this run installed r-base-core and r-cran-forecast with apt-get)' : ''}.`,
    '',
    '### Targets',
    '',
    summaryTable,
    '',
    ...sections.flatMap((section) => [section, '']),
    accuracyMethodNotes(),
  ].join('\n');
}
