import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../shared/store';
import { downloadText } from '../shared/download';
import { exportFileName, lastSalesDay } from '../shared/export-name';
import { ProgressBar } from '../shared/ProgressBar';
import { writeOrderCsv } from '../../core/export/order-csv';
import { useInventoryFormat } from './format';
import { cancelInventory, isPlannable, startInventory } from './inventory-controller';
import { readSettings } from './inventory-inputs';
import { InventorySettingsForm } from './InventorySettingsForm';
import { KpiTable } from './KpiTable';
import { OrderTable } from './OrderTable';
import { problemText } from './problem-text';
import { ForwardOutlook } from './ForwardOutlook';
import { ReplayChart } from './ReplayChart';
import { TradeOffChart } from './TradeOffChart';
import { workerErrorText } from './worker-error-text';
import './inventory.css';

/** Run and cancel, the progress of a run, and the order export. */
function RunPanel() {
  const { t, i18n } = useTranslation('inventory');
  const forecastRun = useAppStore((state) => state.forecast.run);
  const inventory = useAppStore((state) => state.inventory);
  const goTo = useAppStore((state) => state.goTo);
  const loaded = useAppStore((state) => state.data.loaded);
  const { job, result } = inventory;
  // Named like the forecast exports: the forecast run's data file and its last sales date.
  const runDataset = forecastRun?.dataset ?? null;
  const dataFileName = loaded !== null && loaded.dataset === runDataset ? loaded.summary.fileName : '';
  const lastDay = useMemo(() => (runDataset === null ? null : lastSalesDay(runDataset)), [runDataset]);
  const reading = readSettings(inventory.inputs);
  const running = job?.status === 'running';
  const current = result !== null && forecastRun !== null && result.forecastRun === forecastRun.startedAt;
  const progressKey =
    job?.status === 'running'
      ? 'run.testing'
      : job?.status === 'cancelled'
        ? 'run.cancelledProgress'
        : 'run.stoppedProgress';
  return (
    <section className="panel inventory-run" aria-labelledby="inventory-run-title">
      <h2 id="inventory-run-title" className="visually-hidden">
        {t('run.title')}
      </h2>
      {forecastRun !== null && isPlannable(forecastRun) ? (
        <p>
          {t(forecastRun.status === 'cancelled' ? 'run.plansFromCancelled' : 'run.plansFrom', {
            time: new Date(forecastRun.startedAt).toLocaleTimeString(i18n.language),
            count: forecastRun.dataset.seriesIds.length,
          })}
        </p>
      ) : (
        <div role="status" className="note note--status">
          <p>{t(forecastRun?.status === 'running' ? 'run.forecastRunning' : 'run.noForecast')}</p>
          <button type="button" className="button" onClick={() => goTo('forecast')}>
            {t('run.goToForecast')}
          </button>
        </div>
      )}
      {!reading.ok && (
        <p role="alert" className="note note--alert">
          {t('run.fixSetting', { problem: problemText(reading.field, reading.problem, t, reading.seriesId) })}
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
          {t('run.start')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="export-orders"
          disabled={!current || running}
          onClick={() =>
            result !== null &&
            downloadText(
              exportFileName(dataFileName, lastDay, 'orders'),
              writeOrderCsv(result.plan.series.map((series) => series.order)),
            )
          }
        >
          {t('run.export')}
        </button>
      </div>
      {job !== null && (
        <div
          className="inventory-progress"
          data-testid="inventory-progress"
          data-state={job.status}
          aria-live="polite"
        >
          <span>{t(progressKey, { done: job.done, total: job.total })}</span>
          <ProgressBar value={job.done} max={job.total} label={t('run.progressLabel')} />
          {running && (
            <button type="button" className="button" data-testid="cancel-inventory" onClick={cancelInventory}>
              {t('run.cancel')}
            </button>
          )}
          {job.status === 'cancelled' && (
            <p role="status" className="note note--status">
              {t('run.cancelled')}
            </p>
          )}
          {job.error !== null && (
            <p role="alert" className="note note--alert">
              {t('run.failed', { error: workerErrorText(job.error, t) })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

function Results() {
  const { t } = useTranslation('inventory');
  const format = useInventoryFormat();
  const result = useAppStore((state) => state.inventory.result);
  const forecastRun = useAppStore((state) => state.forecast.run);
  const selected = useAppStore((state) => state.inventory.selectedSeries);
  if (result === null || forecastRun === null || result.forecastRun !== forecastRun.startedAt) return null;
  const { plan } = result;
  const dataset = forecastRun.dataset;
  const index = Math.min(selected, plan.series.length - 1);
  const series = plan.series[index];
  const orderDate = plan.series[0]?.order.orderDate;
  const notes = [
    t(result.priced ? 'results.priced' : 'results.unpriced'),
    ...(dataset.stock?.unitCost !== undefined ? [t('results.unitCost')] : []),
    ...(orderDate !== undefined ? [t('results.orderDate', { date: format.date(orderDate) })] : []),
  ];
  return (
    <>
      <p role="status" className="note note--status" data-testid="inv-unit-value">
        {notes.join(' ')}
      </p>
      <KpiTable plan={plan} frequency={dataset.frequency} />
      <ForwardOutlook plan={plan} index={index} frequency={dataset.frequency} />
      {series !== undefined && (
        <section className="panel inventory-series" aria-labelledby="inventory-series-title">
          <div className="panel__header">
            <h2 id="inventory-series-title">{t('results.replayTitle', { id: series.id })}</h2>
            <span className="panel__count">
              {t('results.classAndPolicy', { abc: series.abc, xyz: series.xyz, policy: series.rule.kind })}
            </span>
          </div>
          <p className="panel__hint">
            {t(series.tuning === null ? 'results.replayHintWhole' : 'results.replayHintTested')}
          </p>
          <div className="inventory-series__charts">
            <ReplayChart dataset={dataset} index={index} plan={series} />
            <section className="inventory-trade-off" aria-labelledby="inventory-trade-off-title">
              <h3 id="inventory-trade-off-title">{t('tradeOff.title')}</h3>
              <p className="panel__hint">{t('tradeOff.hint')}</p>
              <TradeOffChart index={index} plan={series} />
            </section>
          </div>
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
  const { t } = useTranslation('inventory');
  const running = useAppStore((state) => state.inventory.job?.status === 'running');
  const inputs = useAppStore((state) => state.inventory.inputs);
  const reading = readSettings(inputs);
  return (
    <div className="inventory-step">
      <section className="panel inventory-intro" aria-labelledby="inventory-title">
        <h1 id="inventory-title">{t('title')}</h1>
        <p>{t('intro')}</p>
      </section>
      <InventorySettingsForm
        frequency={frequency}
        disabled={running}
        invalid={reading.ok || reading.seriesId !== undefined ? null : reading.field}
        invalidOverride={
          reading.ok || reading.seriesId === undefined
            ? null
            : { seriesId: reading.seriesId, field: reading.field }
        }
      />
      <RunPanel />
      <Results />
    </div>
  );
}
