import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../core/dataset/types';
import { useAppStore } from '../shared/store';
import { useLocale } from '../../i18n/format';
import { formatCount, formatDay, formatShare } from './format';
import { quotedList } from './word-lists';

interface Props {
  summary: DatasetSummary;
  /** The heading, for the data step to focus after a load. */
  headingRef?: Ref<HTMLHeadingElement>;
}

function Figure({ testId, label, value }: { testId: string; label: string; value: number }) {
  const locale = useLocale();
  return (
    <div className="figure" data-testid={testId} data-value={value}>
      <span className="figure__value">{formatCount(locale, value)}</span>
      <span className="figure__label">{label}</span>
    </div>
  );
}

/**
 * What was loaded, at a glance: the counts tests and users check first, then the shape of the data,
 * and the way on to the Forecast step. Its heading takes the focus after a file loads (DataStep).
 */
export function DatasetSummaryCard({ summary, headingRef }: Props) {
  const { t } = useTranslation('data');
  const locale = useLocale();
  const goTo = useAppStore((state) => state.goTo);
  const pivoted = summary.layout !== 'long';
  const short = summary.shortSeries;
  return (
    <section className="panel summary" data-testid="dataset-summary" aria-labelledby="summary-title">
      <header className="summary__header">
        <h2 id="summary-title" ref={headingRef} tabIndex={-1}>
          {summary.fileName}
        </h2>
        <span className="badge">{t(`frequency.${summary.frequency}`)}</span>
        {pivoted && <span className="badge badge--accent">{t('summary.pivoted')}</span>}
      </header>
      <div className="summary__figures">
        <Figure testId="summary-rows" label={t('summary.rows')} value={summary.rows} />
        <Figure testId="summary-series" label={t('summary.series')} value={summary.series} />
        <Figure
          testId="summary-observations"
          label={t('summary.observations')}
          value={summary.observations}
        />
      </div>
      <dl className="summary__facts">
        <dt>{t('summary.dates')}</dt>
        <dd>
          {t('summary.dateRange', {
            first: formatDay(locale, summary.firstDate),
            last: formatDay(locale, summary.lastDate),
          })}
        </dd>
        <dt>{t('summary.layout')}</dt>
        <dd>{t(`layoutFact.${summary.layout}`)}</dd>
        <dt>{t('summary.zeroSales')}</dt>
        <dd>{t('summary.zeroShare', { share: formatShare(locale, summary.zeroShare) })}</dd>
        <dt>{t('summary.notSelling')}</dt>
        <dd>
          {summary.notSelling > 0
            ? t('summary.notSellingPeriods', { count: summary.notSelling })
            : t('summary.none')}
        </dd>
        <dt>{t('summary.planRows')}</dt>
        <dd>
          {summary.planRows > 0 ? t('summary.planRowCount', { count: summary.planRows }) : t('summary.none')}
        </dd>
        {short.length > 0 && (
          <>
            <dt>{t('summary.shortHistory')}</dt>
            <dd>
              {t('summary.shortSeries', {
                count: short.length,
                list: quotedList(t, short.slice(0, 5), short.length),
              })}
            </dd>
          </>
        )}
      </dl>
      <div className="summary__next">
        <button
          type="button"
          className="button button--primary"
          data-testid="next-forecast"
          aria-describedby="summary-next-hint"
          onClick={() => goTo('forecast')}
        >
          {t('summary.next')}
        </button>
        <span id="summary-next-hint" className="summary__next-hint">
          {t('summary.nextHint')}
        </span>
      </div>
    </section>
  );
}
