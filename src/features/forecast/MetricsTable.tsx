import { useState } from 'react';
import { RANKING_METRIC_LABEL, type RankingMetric } from '../../core/metrics/forecast-metrics';
import type { MetricField, ScorePart } from '../../workers/forecast-scores';
import { rankRows, type AggregateRow } from './aggregate';
import { formatMetric } from './format-metric';
import { slotLabel } from './model-options';

const PART_TITLES: Record<ScorePart, string> = {
  train: 'Train (in-sample)',
  validation: 'Validation (used to choose)',
  test: 'Test (scored once, after the choice)',
};
const PARTS: ScorePart[] = ['train', 'validation', 'test'];
const KEY_MEASURES: MetricField[] = ['mase', 'smape', 'wape'];
const ALL_MEASURES: MetricField[] = ['mase', 'smape', 'wape', 'mae', 'rmse', 'mse', 'mape', 'bias'];
const MEASURE_NAMES: Partial<Record<MetricField, string>> = {
  mase: 'MASE',
  smape: 'sMAPE',
  wape: 'WAPE',
  mae: 'MAE',
  rmse: 'RMSE',
  mse: 'MSE',
  mape: 'MAPE',
  bias: 'Bias',
};

interface Props {
  rows: AggregateRow[];
  metric: RankingMetric;
  /** How often Auto chose each model, by model id (and 'blend'). */
  choices: Map<string, number>;
}

/** The leaderboard: one row per model, ranked by the chosen metric on test (validation where there is no test). */
export function MetricsTable({ rows, metric, choices }: Props) {
  const [allMeasures, setAllMeasures] = useState(false);
  const measures = allMeasures ? ALL_MEASURES : KEY_MEASURES;
  const rankPart: ScorePart = rows.some((row) => row.parts.test !== null) ? 'test' : 'validation';
  const ranked = rankRows(rows, metric, rankPart);
  const mapeSkipped =
    rows.find((row) => row.slot === 'auto')?.parts.test?.mapeSkipped ?? rows[0]?.parts.test?.mapeSkipped ?? 0;
  return (
    <section className="panel metrics" aria-labelledby="metrics-title">
      <div className="panel__header">
        <h2 id="metrics-title">Leaderboard</h2>
        <span className="panel__count">
          ranked by {RANKING_METRIC_LABEL[metric]} on {rankPart === 'test' ? 'the test part' : 'validation'},
          lower is better
        </span>
        <label className="metrics__toggle">
          <input
            type="checkbox"
            checked={allMeasures}
            onChange={(event) => setAllMeasures(event.target.checked)}
          />{' '}
          All measures
        </label>
      </div>
      <div className="table-scroll">
        <table className="data-table" data-testid="metrics-table">
          <thead>
            <tr>
              <th rowSpan={2}>#</th>
              <th rowSpan={2}>Model</th>
              <th rowSpan={2} className="num">
                Series
              </th>
              {PARTS.map((part) => (
                <th key={part} colSpan={measures.length} className={`group group--${part}`}>
                  {PART_TITLES[part]}
                </th>
              ))}
              <th
                rowSpan={2}
                className="num"
                title="Share of test actuals inside the p10–p90 band; 80% is ideal"
              >
                p10–p90 coverage (test)
              </th>
              <th rowSpan={2} className="num">
                Auto chose it
              </th>
            </tr>
            <tr>
              {PARTS.flatMap((part) =>
                measures.map((field) => (
                  <th key={`${part}-${field}`} className={`num${field === metric ? ' is-ranked' : ''}`}>
                    {MEASURE_NAMES[field]}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            {ranked.map((row, rank) => (
              <tr
                key={row.slot}
                data-model={row.slot}
                className={row.slot === 'auto' ? 'is-auto' : undefined}
              >
                <td>{rank + 1}</td>
                <th scope="row">{slotLabel(row.slot)}</th>
                <td className="num">{row.series}</td>
                {PARTS.flatMap((part) =>
                  measures.map((field) => (
                    <td key={`${part}-${field}`} className="num">
                      {formatMetric(row.parts[part]?.[field], field)}
                    </td>
                  )),
                )}
                <td className="num">{formatMetric(row.parts.test?.coverage80, 'coverage80')}</td>
                <td className="num">{row.slot === 'auto' ? '' : (choices.get(row.slot) ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="panel__hint">
        Means over series; WAPE pools all series (big sellers weigh more). MAPE leaves out periods with zero
        sales
        {mapeSkipped > 0 ? ` (${mapeSkipped} on the test part)` : ''}. Blends chosen by Auto:{' '}
        {choices.get('blend') ?? 0}.
      </p>
    </section>
  );
}
