import { downloadText } from './download';
import { forecastsCsv, metricsCsv } from './export-files';
import type { ForecastRun } from './forecast-slice';

interface Props {
  run: ForecastRun;
  forecastCount: number;
}

export function ExportButtons({ run, forecastCount }: Props) {
  const ready = run.status !== 'running' && forecastCount > 0;
  return (
    <div className="export-buttons">
      <button
        type="button"
        className="button button--primary"
        data-testid="export-forecasts"
        disabled={!ready}
        onClick={() => downloadText('forecasts.csv', forecastsCsv(run.results, run.dataset.seriesIds))}
      >
        Download forecasts (CSV)
      </button>
      <button
        type="button"
        className="button"
        data-testid="export-metrics"
        disabled={!ready}
        onClick={() => downloadText('metrics.csv', metricsCsv(run.results, run.dataset.seriesIds))}
      >
        Download metrics (CSV)
      </button>
    </div>
  );
}
