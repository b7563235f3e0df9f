import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankingMetric } from '../../core/metrics/forecast-metrics';
import { useLocale } from '../../i18n/format';
import type { MetricField, ScorePart } from '../../core/forecast/score-layout';
import { rankRows, type AggregateRow } from './aggregate';
import { formatMetric } from './format-metric';
import { MeasureGlossary, type Measure } from './MeasureGlossary';
import { slotLabel } from './model-options';

const PARTS: ScorePart[] = ['train', 'validation', 'test'];
const KEY_MEASURES: Measure[] = ['mase', 'smape', 'wape'];
const ALL_MEASURES: Measure[] = ['mase', 'smape', 'wape', 'mae', 'rmse', 'mse', 'mape', 'bias'];

interface Props {
  rows: AggregateRow[];
  metric: RankingMetric;
  /** How often Auto chose each model, by model id (and 'blend'). */
  choices: ReadonlyMap<string, number>;
}

/**
 * The leaderboard: one row per model, ranked by the chosen metric on test (validation where there
 * is no test). It scrolls sideways inside its own box, which takes the focus so a keyboard can
 * scroll it too; every measure is explained in the glossary under it.
 */
export function MetricsTable({ rows, metric, choices }: Props) {
  const { t } = useTranslation('forecast');
  const locale = useLocale();
  const [allMeasures, setAllMeasures] = useState(false);
  const measures = allMeasures ? ALL_MEASURES : KEY_MEASURES;
  const rankPart: ScorePart = rows.some((row) => row.parts.test !== null) ? 'test' : 'validation';
  const ranked = rankRows(rows, metric, rankPart);
  const mapeSkipped =
    rows.find((row) => row.slot === 'auto')?.parts.test?.mapeSkipped ?? rows[0]?.parts.test?.mapeSkipped ?? 0;
  const metricName = t(`measures.${metric}.name`);
  return (
    <section className="panel metrics" aria-labelledby="metrics-title">
      <div className="panel__header">
        <h2 id="metrics-title">{t('metrics.title')}</h2>
        <span className="panel__count">
          {t('metrics.ranked', { metric: metricName, part: t(`verdict.part.${rankPart}`) })}
        </span>
        <label className="metrics__toggle">
          <input
            type="checkbox"
            checked={allMeasures}
            onChange={(event) => setAllMeasures(event.target.checked)}
          />{' '}
          {t('metrics.allMeasures')}
        </label>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('metrics.scrollLabel')}>
        <table className="data-table" data-testid="metrics-table" aria-labelledby="metrics-title">
          <thead>
            <tr>
              <th rowSpan={2} scope="col">
                <span aria-hidden="true">#</span>
                <span className="visually-hidden">{t('metrics.rank')}</span>
              </th>
              <th rowSpan={2} scope="col">
                {t('metrics.model')}
              </th>
              <th rowSpan={2} scope="col" className="num">
                {t('metrics.series')}
              </th>
              {PARTS.map((part) => (
                <th
                  key={part}
                  colSpan={measures.length}
                  scope="colgroup"
                  className={`group group--${part}`}
                  title={t(`partHelp.${part}`)}
                >
                  {t(`metrics.parts.${part}`)}
                </th>
              ))}
              <th rowSpan={2} scope="col" className="num" title={t('measures.coverage.help')}>
                {t('metrics.coverage')}
              </th>
              <th rowSpan={2} scope="col" className="num">
                {t('metrics.autoChose')}
              </th>
            </tr>
            <tr>
              {PARTS.flatMap((part) =>
                measures.map((field) => (
                  <th
                    key={`${part}-${field}`}
                    scope="col"
                    className={`num${field === metric ? ' is-ranked' : ''}`}
                  >
                    <abbr title={t(`measures.${field}.help`)}>{t(`measures.${field}.name`)}</abbr>
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
                <th scope="row">{slotLabel(row.slot, t)}</th>
                <td className="num">{row.series}</td>
                {PARTS.flatMap((part) =>
                  measures.map((field) => (
                    <td key={`${part}-${field}`} className="num">
                      {formatMetric(row.parts[part]?.[field as MetricField], field, locale)}
                    </td>
                  )),
                )}
                <td className="num">{formatMetric(row.parts.test?.coverage80, 'coverage80', locale)}</td>
                <td className="num">{row.slot === 'auto' ? '' : (choices.get(row.slot) ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="panel__hint">
        {t('metrics.hint')}
        {mapeSkipped > 0 && <> {t('metrics.mapeSkipped', { count: mapeSkipped })}</>}{' '}
        {t('metrics.blends', { count: choices.get('blend') ?? 0 })}
      </p>
      <MeasureGlossary measures={ALL_MEASURES} />
    </section>
  );
}
