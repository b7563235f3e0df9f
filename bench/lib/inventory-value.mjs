// Value of the inventory engine on one real data set: the last periods of every series are held out;
// on the history before them the engine tunes each series (validation inside that history) and
// exports its order levels (order CSV); the exported levels, the textbook (R, S) and the
// weeks-of-cover rule are then replayed on the held-out demand by bench/lib/inventory-replay.mjs.
import { loadDataset } from './forecast-datasets.mjs';
import { naiveOrderUpTo, textbookOrderUpTo } from './inventory-baselines.mjs';
import { replayLevels } from './inventory-replay.mjs';

/**
 * The order CSV read back: the last five fields never hold a comma (the series id may).
 * @param {string} csv
 */
function exportedLevels(csv) {
  return csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const fields = line.split(',');
      const [reorderPoint = '', orderUpTo = '', policy = ''] = fields.slice(-3);
      return {
        policy,
        reorderPoint: reorderPoint === '' ? null : Number(reorderPoint),
        orderUpTo: Number(orderUpTo),
      };
    });
}

/** @param {{ demand: number, sold: number, holdingCost: number, shortageCost: number }[]} runs */
function total(runs) {
  const sum = (/** @type {'demand' | 'sold' | 'holdingCost' | 'shortageCost'} */ key) =>
    runs.reduce((acc, run) => acc + run[key], 0);
  return {
    cost: sum('holdingCost') + sum('shortageCost'),
    holdingCost: sum('holdingCost'),
    shortageCost: sum('shortageCost'),
    fillRate: sum('sold') / sum('demand'),
  };
}

/**
 * @param {any} core the bundled inventory core
 * @param {string} dataDir
 * @param {{ name: string, holdout: number, lastPeriods?: number }} spec
 * @param {(m: string) => void} log
 */
export function benchmarkValue(core, dataDir, spec, log) {
  const started = performance.now();
  const loaded = loadDataset(core, dataDir, {
    name: spec.name,
    horizon: spec.holdout,
    lastPeriods: spec.lastPeriods,
  });
  const settings = core.resolveSettings({});
  const costs = core.unitCosts(settings, 1, loaded.frequency);
  const replaySettings = { leadTime: settings.leadTime, reviewPeriod: settings.reviewPeriod, ...costs };
  /** @type {unknown[]} */
  const lines = [];
  /** @type {Float64Array[]} */
  const held = [];
  /** @type {{ textbook: number, naive: number }[]} */
  const baselines = [];
  const policies = new Map();
  /** The backtest's test windows inside the history: the tuned rules and the naive rule on the same periods. */
  const testWindows = { tuned: { cost: 0, demand: 0, sold: 0 }, naive: { cost: 0, demand: 0, sold: 0 } };
  loaded.inputs.forEach((/** @type {any} */ input, /** @type {number} */ s) => {
    const end = input.y.length - spec.holdout;
    const history = core.seriesPrefix(input, end, spec.holdout);
    // Intermittent or lumpy demand gets SBA, the rest ETS: a reason that holds for any retailer.
    const kind = core.classifyDemand(history.y).kind;
    const model = core.localForecaster(kind === 'intermittent' || kind === 'lumpy' ? 'sba' : 'ets');
    const backtest = core.seriesDemandProvider(history, model, settings, s + 1);
    // As in the app, the order reads a forecast of the whole horizon (there the run's stored one).
    const forward = core.forecastDemandProvider(history, model, {
      horizon: Math.max(spec.holdout, core.distributionHorizon(settings)),
      firstOrigin: end,
      seed: s + 1,
    });
    const provider =
      backtest === null || forward === null
        ? backtest
        : (/** @type {number} */ t) => (t >= end ? forward(t) : backtest(t));
    const plan = core.planSeries(
      {
        id: loaded.seriesIds[s],
        demand: history.y,
        unitValue: 1,
        nextPeriodDate: input.dates[end],
        provider,
      },
      settings,
      loaded.frequency,
      s + 1,
    );
    policies.set(plan.rule.kind, (policies.get(plan.rule.kind) ?? 0) + 1);
    if (plan.tuning !== null) {
      for (const [sum, kpis] of [
        [testWindows.tuned, plan.tuning.test],
        [testWindows.naive, plan.tuning.naiveTest],
      ]) {
        sum.cost += kpis.totalCost;
        sum.demand += kpis.demand;
        sum.sold += kpis.sold;
      }
    }
    lines.push(plan.order);
    held.push(input.y.subarray(end));
    baselines.push({
      textbook: textbookOrderUpTo(history.y, replaySettings, core.normalQuantile),
      naive: naiveOrderUpTo(history.y, replaySettings),
    });
  });
  const exported = exportedLevels(core.writeOrderCsv(lines));
  const upTo = (/** @type {number} */ level) => ({ policy: 'RS', reorderPoint: null, orderUpTo: level });
  const heldOut = (/** @type {number} */ s) => held[s] ?? new Float64Array(0);
  const tuned = total(exported.map((levels, s) => replayLevels(heldOut(s), levels, replaySettings)));
  const naive = total(baselines.map((b, s) => replayLevels(heldOut(s), upTo(b.naive), replaySettings)));
  const textbook = total(baselines.map((b, s) => replayLevels(heldOut(s), upTo(b.textbook), replaySettings)));
  const seconds = (performance.now() - started) / 1000;
  log(`${spec.name}: ${loaded.inputs.length} series in ${seconds.toFixed(1)} s`);
  return {
    name: spec.name,
    frequency: loaded.frequency,
    series: loaded.inputs.length,
    holdout: spec.holdout,
    tuned,
    naive,
    textbook,
    backtest: {
      tuned: { cost: testWindows.tuned.cost, fillRate: testWindows.tuned.sold / testWindows.tuned.demand },
      naive: { cost: testWindows.naive.cost, fillRate: testWindows.naive.sold / testWindows.naive.demand },
    },
    policies: [...policies.entries()].sort((a, b) => b[1] - a[1]),
    seconds,
  };
}
