import { useAppStore } from '../../app/store';
import { downloadText } from '../../app/download';
import { ProgressBar } from '../../app/ProgressBar';
import { formatIsoDate } from '../../core/dataset/calendar';
import type { Frequency } from '../../core/dataset/types';
import { writeOrderCsv } from '../../core/export/order-csv';
import { cancelInventory, isPlannable, startInventory } from './inventory-controller';
import { readSettings } from './inventory-inputs';
import { InventorySettingsForm } from './InventorySettingsForm';
import { KpiTable } from './KpiTable';
import { OrderTable } from './OrderTable';
import { ReplayChart } from './ReplayChart';
import './inventory.css';

const PERIOD_WORD: Record<Frequency, string> = {
  daily: 'days',
  weekly: 'weeks',
  monthly: 'months',
  quarterly: 'quarters',
};

/** Run and cancel, the progress of a run, and the order export. */
function RunPanel() {
  const forecastRun = useAppStore((state) => state.forecast.run);
  const inventory = useAppStore((state) => state.inventory);
  const goTo = useAppStore((state) => state.goTo);
  const { job, result } = inventory;
  const reading = readSettings(inventory.inputs);
  const running = job?.status === 'running';
  const current = result !== null && forecastRun !== null && result.forecastRun === forecastRun.startedAt;
  return (
    <section className="panel inventory-run" aria-labelledby="inventory-run-title">
      <h2 id="inventory-run-title" className="visually-hidden">
        Run
      </h2>
      {forecastRun !== null && isPlannable(forecastRun) ? (
        <p>
          Plans from the forecast run of {new Date(forecastRun.startedAt).toLocaleTimeString('en')} (
          {forecastRun.dataset.seriesIds.length} series
          {forecastRun.status === 'cancelled' ? ', cancelled before every series was forecast' : ''}).
        </p>
      ) : (
        <div role="status" className="note note--status">
          <p>
            {forecastRun?.status === 'running'
              ? 'The forecast is still running: the inventory step plans from a finished forecast.'
              : 'There is no finished forecast yet: the inventory step tunes its policies on the forecasts.'}
          </p>
          <button type="button" className="button" onClick={() => goTo('forecast')}>
            Go to Forecast
          </button>
        </div>
      )}
      {!reading.ok && (
        <p role="alert" className="note note--alert">
          {reading.message} Correct it to run the plan.
        </p>
      )}
      <div className="inventory-run__buttons">
        <button
          type="button"
          className="button button--primary"
          data-testid="run-inventory"
          disabled={!isPlannable(forecastRun) || !reading.ok || running}
          onClick={startInventory}
        >
          Plan stock and orders
        </button>
        <button
          type="button"
          className="button"
          data-testid="export-orders"
          disabled={!current || running}
          onClick={() =>
            result !== null &&
            downloadText('orders.csv', writeOrderCsv(result.plan.series.map((series) => series.order)))
          }
        >
          Download the order list (CSV)
        </button>
      </div>
      {job !== null && (
        <div
          className="inventory-progress"
          data-testid="inventory-progress"
          data-state={job.status}
          aria-live="polite"
        >
          <span>
            {job.status === 'running'
              ? 'Testing policies'
              : job.status === 'cancelled'
                ? 'Cancelled'
                : 'Stopped'}
            : {job.done} of {job.total} series
          </span>
          <ProgressBar value={job.done} max={job.total} label="Series planned" />
          {running && (
            <button type="button" className="button" data-testid="cancel-inventory" onClick={cancelInventory}>
              Cancel
            </button>
          )}
          {job.status === 'cancelled' && (
            <p role="status" className="note note--status">
              Cancelled: nothing was planned. Run it again when you are ready.
            </p>
          )}
          {job.error !== null && (
            <p role="alert" className="note note--alert">
              The plan stopped: {job.error}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

function Results() {
  const result = useAppStore((state) => state.inventory.result);
  const forecastRun = useAppStore((state) => state.forecast.run);
  const selected = useAppStore((state) => state.inventory.selectedSeries);
  if (result === null || forecastRun === null || result.forecastRun !== forecastRun.startedAt) return null;
  const { plan } = result;
  const dataset = forecastRun.dataset;
  const periodWord = PERIOD_WORD[dataset.frequency];
  const index = Math.min(selected, plan.series.length - 1);
  const series = plan.series[index];
  const orderDate = plan.series[0]?.order.orderDate;
  return (
    <>
      <p role="status" className="note note--status" data-testid="inv-unit-value">
        {result.priced
          ? 'Money is counted at each series’ last price up to its last sales date.'
          : 'No price column is mapped: every unit is counted as worth 1, so costs are in units of stock, not money.'}
        {orderDate !== undefined
          ? ` Orders are for ${formatIsoDate(orderDate)}, the first period after the data.`
          : ''}
      </p>
      <KpiTable plan={plan} periodWord={periodWord} />
      {series !== undefined && (
        <section className="panel inventory-series" aria-labelledby="inventory-series-title">
          <div className="panel__header">
            <h2 id="inventory-series-title">Replay of {series.id}</h2>
            <span className="panel__count">
              Class {series.abc}
              {series.xyz} · {series.rule.kind}
            </span>
          </div>
          <p className="panel__hint">
            The chosen policy run over the{' '}
            {series.tuning === null ? 'whole history' : 'last quarter of the history'} with the sales that
            really happened. Pick another series in the order list below.
          </p>
          <ReplayChart dataset={dataset} index={index} plan={series} periodWord={periodWord} />
        </section>
      )}
      <OrderTable plan={plan} />
    </>
  );
}

/** The Inventory step: settings, the run, and its KPIs, replay chart and order list. */
export function InventoryStep() {
  const frequency = useAppStore(
    (state) => state.forecast.run?.dataset.frequency ?? state.data.loaded?.dataset.frequency ?? 'daily',
  );
  const running = useAppStore((state) => state.inventory.job?.status === 'running');
  const inputs = useAppStore((state) => state.inventory.inputs);
  const reading = readSettings(inputs);
  return (
    <div className="inventory-step">
      <section className="panel inventory-intro" aria-labelledby="inventory-title">
        <h1 id="inventory-title">Inventory</h1>
        <p>
          Shelfcast tests stock policies on each series’ own past sales, with forecasts made only from the
          sales before each day, keeps the one that costs least (or meets your fill-rate target), and says
          what to order now.
        </p>
      </section>
      <InventorySettingsForm
        frequency={frequency}
        disabled={running}
        invalid={reading.ok ? null : reading.field}
      />
      <RunPanel />
      <Results />
    </div>
  );
}
