import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../shared/download';
import { useAppStore } from '../shared/store';
import { exportFileName, lastSalesDay } from '../shared/export-name';
import { forecastsCsv, metricsCsv } from './export-files';
import type { ForecastRun } from './forecast-slice';

interface Props {
  run: ForecastRun;
  forecastCount: number;
}

const EXPORTS = [
  {
    testId: 'export-forecasts',
    className: 'button button--primary',
    kind: 'forecasts',
    toCsv: (run: ForecastRun) => forecastsCsv(run.results, run.calibration),
  },
  {
    testId: 'export-metrics',
    className: 'button',
    kind: 'metrics',
    toCsv: (run: ForecastRun) => metricsCsv(run.results),
  },
] as const;

/** The two downloads, named after the data file and the data's last date (export-files.ts). */
export function ExportButtons({ run, forecastCount }: Props) {
  const { t } = useTranslation('forecast');
  const loaded = useAppStore((state) => state.data.loaded);
  // The run's own file: after a reload of other data the run is stale, and its name unknown.
  const dataFileName = loaded !== null && loaded.dataset === run.dataset ? loaded.summary.fileName : '';
  const lastDay = useMemo(() => lastSalesDay(run.dataset), [run.dataset]);
  const ready = run.status !== 'running' && forecastCount > 0;
  return (
    <div className="export-buttons">
      {EXPORTS.map((entry) => (
        <button
          key={entry.testId}
          type="button"
          className={entry.className}
          data-testid={entry.testId}
          disabled={!ready}
          onClick={() => downloadText(exportFileName(dataFileName, lastDay, entry.kind), entry.toCsv(run))}
        >
          {t(`export.${entry.kind}`)}
        </button>
      ))}
    </div>
  );
}
