import { useMemo } from 'react';
import { formatIsoDate } from '../../core/dataset/calendar';
import { centralBand, forecastDistribution } from '../../core/forecast/distribution';
import type { ForecastRun } from './forecast-slice';
import { formatQuantity, periodsInWords } from './quantity-format';

interface Props {
  run: ForecastRun;
  /** The band level shown (one of BAND_LEVELS). */
  level: number;
  seriesIndex: number;
}

/**
 * The selected series' future in plain numbers: its total over the horizon with the range of that
 * total, and each period's forecast with its band, read from the same stored distribution as the
 * chart and the export. The range of a total is a quantile of the sum, which is narrower than the
 * sum of each period's range: periods that sell below their forecast are offset by others.
 */
export function SeriesOutlook({ run, level, seriesIndex }: Props) {
  const summary = run.results.summaries[seriesIndex];
  const calibration = run.calibration;
  const future = summary?.future ?? null;
  const outlook = useMemo(() => {
    if (future === null) return null;
    const distribution = forecastDistribution(future, calibration);
    const horizon = distribution.horizon;
    return {
      band: centralBand(distribution, level),
      total: distribution.point.reduce((sum, value) => sum + value, 0),
      low: distribution.sumQuantile(0, horizon, (1 - level) / 2),
      high: distribution.sumQuantile(0, horizon, (1 + level) / 2),
    };
  }, [future, calibration, level]);
  if (summary === undefined || future === null || outlook === null) return null;
  const percent = Math.round(level * 100);
  const dates = summary.futureDates;
  const horizon = dates.length;
  const span = `${formatIsoDate(dates[0] as number)} – ${formatIsoDate(dates[horizon - 1] as number)}`;
  return (
    <section className="panel series-outlook" aria-labelledby="series-outlook-title">
      <h2 id="series-outlook-title">Next {periodsInWords(horizon, run.dataset.frequency)} in numbers</h2>
      <p
        data-testid="forecast-summary"
        data-value={outlook.total}
        data-low={outlook.low}
        data-high={outlook.high}
      >
        Next {periodsInWords(horizon, run.dataset.frequency)} ({span}): about{' '}
        <strong>{formatQuantity(outlook.total)}</strong> {run.dataset.targetName} in total, likely between{' '}
        {formatQuantity(outlook.low)} and {formatQuantity(outlook.high)} ({percent}% range of the total).
      </p>
      <div className="table-scroll">
        <table className="data-table" data-testid="forecast-table">
          <caption className="visually-hidden">
            Forecast per period with its {percent}% range, for the series shown in the chart
          </caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col" className="num">
                Forecast
              </th>
              <th scope="col" className="num">
                Low ({percent}%)
              </th>
              <th scope="col" className="num">
                High ({percent}%)
              </th>
            </tr>
          </thead>
          <tbody>
            {Array.from(future.point, (value, step) => {
              const low = outlook.band.lower[step] as number;
              const high = outlook.band.upper[step] as number;
              return (
                <tr key={step} data-date={formatIsoDate(dates[step] as number)}>
                  <th scope="row">{formatIsoDate(dates[step] as number)}</th>
                  <td className="num" data-value={value}>
                    {formatQuantity(value)}
                  </td>
                  <td className="num" data-value={low}>
                    {formatQuantity(low)}
                  </td>
                  <td className="num" data-value={high}>
                    {formatQuantity(high)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
