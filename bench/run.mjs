// `npm run bench [-- suite …]`: runs the benchmark suites in bench/suites/ (all of them, or the ones
// named) and rewrites each suite's own section of BENCHMARKS.md with what it measured.
// A suite is a module exporting `title`, `needsAppBuild` and `run(context)`, which returns Markdown.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium-path.mjs';
import { replaceSection } from '../scripts/lib/markdown-sections.mjs';
import { ensureAppBuild } from './lib/app-build.mjs';
import { describeMachine } from './lib/machine.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const suitesDir = join(repoRoot, 'bench', 'suites');
const benchmarksFile = join(repoRoot, 'BENCHMARKS.md');
const DOCUMENT_HEAD =
  '# Benchmarks\n\nMeasured by `npm run bench` (all suites) or `npm run bench -- <suite>`; each section below is rewritten by its suite. ' +
  'Inputs are generated with a fixed seed into `bench/.out/` (not committed).\n';

/** @param {string} message */
const log = (message) => console.log(`[bench] ${message}`);

async function chromiumVersion() {
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}

async function main() {
  const available = readdirSync(suitesDir)
    .filter((file) => file.endsWith('.mjs'))
    .map((file) => file.replace(/\.mjs$/, ''))
    .sort();
  // A name that is no suite selects its family `<name>-…` (`forecast` → forecast-accuracy, forecast-speed).
  /** @param {string} name */
  const family = (name) => available.filter((suite) => suite.startsWith(`${name}-`));
  const requested = process.argv
    .slice(2)
    .flatMap((name) => (available.includes(name) || family(name).length === 0 ? [name] : family(name)));
  const unknown = requested.filter((name) => !available.includes(name));
  if (unknown.length > 0)
    throw new Error(`unknown suite(s): ${unknown.join(', ')}; available: ${available.join(', ')}`);
  const selected = requested.length > 0 ? requested : available;
  const repeat = Number(process.env.BENCH_REPEAT ?? 5);

  for (const name of selected) {
    const suite = await import(join(suitesDir, `${name}.mjs`));
    if (suite.needsAppBuild) ensureAppBuild(repoRoot, log);
    const context = {
      repoRoot,
      outDir: join(repoRoot, 'bench', '.out'),
      repeat,
      log,
      // The load average says how busy the (possibly shared) machine was when the suite started.
      machine: `${describeMachine(await chromiumVersion())}; 1-minute load average ${loadavg()[0]?.toFixed(2)} at the start`,
      command: `npm run bench -- ${name}${process.env.BENCH_REPEAT ? ` (BENCH_REPEAT=${repeat})` : ''}`,
      date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    };
    log(`suite ${name}: ${suite.title}`);
    const body = await suite.run(context);
    const current = existsSync(benchmarksFile) ? readFileSync(benchmarksFile, 'utf8') : DOCUMENT_HEAD;
    writeFileSync(benchmarksFile, replaceSection(current, name, body));
    log(`suite ${name}: written to BENCHMARKS.md`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
