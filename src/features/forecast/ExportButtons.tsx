import { downloadText } from '../../app/download';
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
    fileName: 'forecasts.csv',
    label: 'Download forecasts (CSV)',
    toCsv: (run: ForecastRun) => forecastsCsv(run.results, run.calibration, run.dataset.seriesIds),
  },
  {
    testId: 'export-metrics',
    className: 'button',
    fileName: 'metrics.csv',
    label: 'Download metrics (CSV)',
    toCsv: (run: ForecastRun) => metricsCsv(run.results, run.dataset.seriesIds),
  },
] as const;

export function ExportButtons({ run, forecastCount }: Props) {
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
          onClick={() => downloadText(entry.fileName, entry.toCsv(run))}
        >
          {entry.label}
        </button>
      ))}
    </div>
  );
}
