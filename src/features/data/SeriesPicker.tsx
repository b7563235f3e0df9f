import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../shared/store';
import type { LoadedData } from './data-slice';
import { useLocale } from '../../i18n/format';
import { formatCount, formatSales, formatShare, seriesLabel } from './format';
import { filterSeries, orderFor, type SeriesSort } from './series-filter';

const ROW_HEIGHT = 36;
const VIEWPORT_HEIGHT = 360;
const OVERSCAN = 6;

/**
 * Pick the series to chart. Only the rows in view are rendered (a plain windowed list), so 30,000
 * series scroll as smoothly as 30; sorting uses the orders the worker computed.
 */
export function SeriesPicker({ loaded }: { loaded: LoadedData }) {
  const { t } = useTranslation('data');
  const locale = useLocale();
  const selected = useAppStore((state) => state.data.selectedSeries);
  const updateData = useAppStore((state) => state.updateData);
  const [sort, setSort] = useState<SeriesSort>('total');
  const [query, setQuery] = useState('');
  const [scrollTop, setScrollTop] = useState(0);
  const deferredQuery = useDeferredValue(query);
  const { seriesKeys } = loaded.dataset;
  const { totals, zeroShares } = loaded.stats;
  const labels = useMemo(() => seriesKeys.map(seriesLabel), [seriesKeys]);

  const visible = useMemo(
    () => filterSeries(labels, orderFor(loaded.stats, sort), deferredQuery),
    [labels, loaded.stats, sort, deferredQuery],
  );
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(visible.length, Math.ceil((scrollTop + VIEWPORT_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  const select = (index: number) => updateData({ selectedSeries: index });

  return (
    <section className="panel picker" aria-labelledby="picker-title">
      <header className="panel__header">
        <h2 id="picker-title">{t('picker.title')}</h2>
        <span className="panel__count">{formatCount(locale, labels.length)}</span>
      </header>
      <div className="picker__tools">
        <input
          type="search"
          className="picker__search"
          placeholder={t('picker.search')}
          aria-label={t('picker.searchLabel')}
          data-testid="series-search"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setScrollTop(0);
          }}
        />
        <select
          aria-label={t('picker.sortLabel')}
          data-testid="series-sort"
          value={sort}
          onChange={(event) => setSort(event.target.value as SeriesSort)}
        >
          <option value="total">{t('picker.sort.total')}</option>
          <option value="zeros">{t('picker.sort.zeros')}</option>
          <option value="id">{t('picker.sort.id')}</option>
        </select>
      </div>
      <button
        type="button"
        className="picker__row picker__row--total"
        aria-pressed={selected === -1}
        onClick={() => select(-1)}
      >
        <span className="picker__id">{t('picker.total')}</span>
      </button>
      <div className="picker__columns" aria-hidden="true">
        <span>{t('picker.columns.series')}</span>
        <span>{t('picker.columns.total')}</span>
        <span>{t('picker.columns.zeros')}</span>
      </div>
      <div
        className="picker__viewport"
        style={{ height: VIEWPORT_HEIGHT }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        data-testid="series-list"
      >
        <ul className="picker__list" style={{ height: visible.length * ROW_HEIGHT }}>
          {Array.from(visible.subarray(first, last), (index, offset) => (
            <li
              key={index}
              className="picker__item"
              style={{ top: (first + offset) * ROW_HEIGHT, height: ROW_HEIGHT }}
            >
              <button
                type="button"
                className="picker__row"
                aria-pressed={selected === index}
                onClick={() => select(index)}
                title={labels[index]}
              >
                <span className="picker__id">{labels[index]}</span>
                <span className="picker__total">{formatSales(locale, totals[index] ?? 0)}</span>
                <span className="picker__zeros">{formatShare(locale, zeroShares[index] ?? 0)}</span>
              </button>
            </li>
          ))}
        </ul>
        {visible.length === 0 && (
          <p className="picker__empty">{t('picker.noMatch', { query: deferredQuery })}</p>
        )}
      </div>
    </section>
  );
}
