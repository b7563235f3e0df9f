import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreSlot } from '../../core/forecast/score-layout';
import { autoReasonText } from './auto-reason';
import { formatMetric } from './format-metric';
import { currentForecastT, currentLocale } from './forecast-t';
import { forecastFormText } from './model-form-words';
import { unforecastableReason, unforecastableText } from './unforecastable-reason';
import { scoreOf } from '../../core/forecast/run-results';
import type { ForecastRun } from './forecast-slice';
import { nameOrder, rankSeries, type SeriesSort } from './series-ranking';

const PAGE_SIZE = 12;

interface Props {
  run: ForecastRun;
  selected: number;
  onSelect(index: number): void;
}

/** Every series with the model it got and how wrong that was; paged so 30,000 series stay quick. */
export function SeriesTable({ run, selected, onSelect }: Props) {
  const { t } = useTranslation('outlook');
  const [sort, setSort] = useState<SeriesSort>('test-worst');
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(0);
  const slot: ScoreSlot = run.settings.model;
  const { results, dataset } = run;
  // Sorting 30,000 names is a long task, so it waits until the user asks for that order.
  const byName = useMemo(
    () => (sort === 'name' ? nameOrder(dataset.seriesIds) : new Int32Array(0)),
    [dataset, sort],
  );
  const ranking = useMemo(
    () => rankSeries(results, { slot, sort, filter, limit: (page + 1) * PAGE_SIZE, byName }),
    [results, slot, sort, filter, page, byName],
  );
  const pages = Math.max(1, Math.ceil(ranking.total / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const visible = ranking.first.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const validationMase = results.layout.offset(slot, 'validation', 'mase');
  const testMase = results.layout.offset(slot, 'test', 'mase');

  return (
    <section className="panel series-table" aria-labelledby="series-table-title">
      <div className="panel__header">
        <h2 id="series-table-title">{t('seriesTable.title')}</h2>
        <span className="panel__count">{t('seriesTable.count', { count: ranking.total })}</span>
        <div className="series-table__tools">
          <input
            type="search"
            placeholder={t('seriesTable.find')}
            aria-label={t('seriesTable.find')}
            value={filter}
            onChange={(event) => {
              setFilter(event.target.value);
              setPage(0);
            }}
          />
          <select
            aria-label={t('seriesTable.sort')}
            value={sort}
            onChange={(event) => setSort(event.target.value as SeriesSort)}
          >
            <option value="test-worst">{t('seriesTable.sortTest')}</option>
            <option value="validation-worst">{t('seriesTable.sortValidation')}</option>
            <option value="name">{t('seriesTable.sortName')}</option>
          </select>
        </div>
      </div>
      <div className="table-scroll">
        <table className="data-table series-table__table">
          <thead>
            <tr>
              <th>{t('seriesTable.series')}</th>
              <th>{t('seriesTable.forecastBy')}</th>
              <th>{t('seriesTable.why')}</th>
              <th className="num">{t('seriesTable.validationMase')}</th>
              <th className="num">{t('seriesTable.testMase')}</th>
              <th>{t('seriesTable.demand')}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((index) => {
              const id = dataset.seriesIds[index] as string;
              const summary = results.series.get(id);
              return (
                <tr
                  key={index}
                  className={index === selected ? 'is-selected' : undefined}
                  aria-selected={index === selected}
                >
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onSelect(index)}>
                      {dataset.seriesIds[index]}
                    </button>
                  </th>
                  <td className="series-table__form">
                    {summary?.future
                      ? summary.form !== null
                        ? forecastFormText(summary.form, currentForecastT(), currentLocale())
                        : summary.future.model
                      : t('seriesTable.notForecast')}
                  </td>
                  <td className="series-table__why">
                    {summary?.choice
                      ? autoReasonText(summary.choice)
                      : summary?.future === null
                        ? unforecastableText(
                            unforecastableReason(dataset, results.failed, index),
                            currentForecastT(),
                          )
                        : ''}
                  </td>
                  <td className="num">{formatMetric(scoreOf(results, id, validationMase), 'mase')}</td>
                  <td className="num">{formatMetric(scoreOf(results, id, testMase), 'mase')}</td>
                  <td>{summary === undefined ? '' : t(`seriesTable.demandKinds.${summary.demand}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="pager">
        <button
          type="button"
          className="button"
          disabled={current === 0}
          onClick={() => setPage(current - 1)}
        >
          {t('seriesTable.previous')}
        </button>
        <span>{t('seriesTable.page', { page: current + 1, pages })}</span>
        <button
          type="button"
          className="button"
          disabled={current >= pages - 1}
          onClick={() => setPage(current + 1)}
        >
          {t('seriesTable.next')}
        </button>
      </div>
    </section>
  );
}
