import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../core/dataset/calendar';
import type { Frequency } from '../../core/dataset/types';
import { useLocale } from '../../i18n/format';
import { sortPeriods, type PeriodColumn, type PeriodRow, type SortDirection } from './period-sort';
import { formatPeriod, formatQuantity } from './quantity-format';

interface Props {
  /** Id of the caption, which the chart names as its text alternative. */
  captionId: string;
  caption: string;
  dates: Int32Array;
  point: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  /** The band level shown (one of BAND_LEVELS). */
  level: number;
  frequency: Frequency;
}

const COLUMNS: PeriodColumn[] = ['period', 'forecast', 'low', 'high'];

/**
 * The future per period (the total's or one series'): forecast and band at the Interval level,
 * rounded for reading with the exact value in `data-value`. Each column heading is a button that
 * sorts by it (again: the other way); `aria-sort` tells screen readers which column orders the rows.
 */
export function ForecastTable({ captionId, caption, dates, point, lower, upper, level, frequency }: Props) {
  const { t } = useTranslation('outlook');
  const locale = useLocale();
  const [sort, setSort] = useState<{ column: PeriodColumn; direction: SortDirection }>({
    column: 'period',
    direction: 'ascending',
  });
  const rows = useMemo<PeriodRow[]>(
    () =>
      Array.from(point, (forecast, step) => ({
        step,
        forecast,
        low: lower[step] as number,
        high: upper[step] as number,
      })),
    [point, lower, upper],
  );
  const order = useMemo(() => sortPeriods(rows, sort.column, sort.direction), [rows, sort]);
  const percent = Math.round(level * 100);
  const heading = (column: PeriodColumn): string =>
    column === 'period'
      ? t('table.period')
      : column === 'forecast'
        ? t('table.forecast')
        : t(column === 'low' ? 'table.low' : 'table.high', { percent });
  const toggle = (column: PeriodColumn) =>
    setSort((current) => ({
      column,
      direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="forecast-table">
        <caption id={captionId} className="forecast-table__caption">
          {caption} <span className="visually-hidden">{t('table.sortHint')}</span>
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = sort.column === column;
              return (
                <th
                  key={column}
                  scope="col"
                  className={column === 'period' ? undefined : 'num'}
                  aria-sort={active ? sort.direction : undefined}
                  data-column={column}
                >
                  <button type="button" className="forecast-table__sort" onClick={() => toggle(column)}>
                    {heading(column)}
                    <span aria-hidden="true">
                      {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {order.map((position) => {
            const row = rows[position] as PeriodRow;
            const day = dates[row.step] as number;
            return (
              <tr key={row.step} data-date={formatIsoDate(day)}>
                <th scope="row">{formatPeriod(day, frequency, locale)}</th>
                <td className="num" data-value={row.forecast}>
                  {formatQuantity(row.forecast, locale)}
                </td>
                <td className="num" data-value={row.low}>
                  {formatQuantity(row.low, locale)}
                </td>
                <td className="num" data-value={row.high}>
                  {formatQuantity(row.high, locale)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
