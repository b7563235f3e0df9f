import { formatIsoDate } from '../../core/dataset/dates';
import type { DatasetSummary } from '../../core/dataset/types';
import { FREQUENCY_LABEL, LAYOUT_LABEL, formatCount, formatShare, plural } from './format';

interface Props {
  summary: DatasetSummary;
}

function Figure({ testId, label, value }: { testId: string; label: string; value: number }) {
  return (
    <div className="figure" data-testid={testId} data-value={value}>
      <span className="figure__value">{formatCount(value)}</span>
      <span className="figure__label">{label}</span>
    </div>
  );
}

/** What was loaded, at a glance: the counts tests and users check first, then the shape of the data. */
export function DatasetSummaryCard({ summary }: Props) {
  const pivoted = summary.layout !== 'long';
  return (
    <section className="panel summary" data-testid="dataset-summary" aria-labelledby="summary-title">
      <header className="summary__header">
        <h2 id="summary-title">{summary.fileName}</h2>
        <span className="badge">{FREQUENCY_LABEL[summary.frequency]}</span>
        {pivoted && <span className="badge badge--accent">pivoted from wide</span>}
      </header>
      <div className="summary__figures">
        <Figure testId="summary-rows" label="rows read" value={summary.rows} />
        <Figure testId="summary-series" label="series" value={summary.series} />
        <Figure testId="summary-observations" label="observations" value={summary.observations} />
      </div>
      <dl className="summary__facts">
        <dt>Dates</dt>
        <dd>
          {formatIsoDate(summary.firstDate)} – {formatIsoDate(summary.lastDate)}
        </dd>
        <dt>Layout</dt>
        <dd>{LAYOUT_LABEL[summary.layout]}</dd>
        <dt>Zero sales</dt>
        <dd>{formatShare(summary.zeroShare)} of observed periods</dd>
        <dt>Not selling</dt>
        <dd>
          {summary.notSelling > 0
            ? `${plural(summary.notSelling, 'period', 'periods')} kept out of demand`
            : 'none'}
        </dd>
        <dt>Plan rows</dt>
        <dd>
          {summary.planRows > 0
            ? `${plural(summary.planRows, 'future row', 'future rows')} with covariates only`
            : 'none'}
        </dd>
        {summary.shortSeries.length > 0 && (
          <>
            <dt>Short history</dt>
            <dd>
              {plural(summary.shortSeries.length, 'series has', 'series have')} too little history to forecast
              well: {summary.shortSeries.slice(0, 5).join(', ')}
              {summary.shortSeries.length > 5
                ? ` and ${formatCount(summary.shortSeries.length - 5)} more`
                : ''}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
