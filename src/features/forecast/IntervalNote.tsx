import type { AggregateRow } from './aggregate';
import type { ForecastRun } from './forecast-slice';

interface Props {
  run: ForecastRun;
  rows: AggregateRow[];
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;

const UNFINISHED =
  'The run did not finish, so each interval is calibrated on its own series only (often too narrow).';

/** What the bands are while there is no catalogue calibration, by run status. */
const INTERIM_NOTE: Record<ForecastRun['status'], string> = {
  running: 'The intervals are calibrated over all series once every series is in.',
  // A finished run pools nothing when no series was long enough for a validation part.
  done: 'No series is long enough for a validation part, so each interval comes from its own in-sample fit errors (often too narrow).',
  cancelled: UNFINISHED,
  failed: UNFINISHED,
};

/**
 * How honest the bands are: the test coverage of the exported forecast's p10–p90 band once the run
 * has calibrated them over the whole catalogue (an 80% band should hold about 80% of sales).
 */
export function IntervalNote({ run, rows }: Props) {
  const { calibration } = run;
  if (calibration === null) {
    return <p className="panel__hint">{INTERIM_NOTE[run.status]}</p>;
  }
  const coverage = rows.find((row) => row.slot === run.settings.model)?.parts.test?.coverage80 ?? NaN;
  const errors = Object.values(calibration.pooled).reduce((total, pooled) => total + pooled.errorCount, 0);
  return (
    <p
      className="panel__hint"
      data-testid="interval-coverage"
      data-value={Number.isFinite(coverage) ? coverage.toFixed(4) : ''}
    >
      Intervals calibrated on {errors.toLocaleString('en-US')} validation errors pooled over all series.
      {Number.isFinite(coverage)
        ? ` On the test part the 80% band (p10–p90) held ${percent(coverage)} of actual sales (the aim is 80%).`
        : ' There is no test part to check them on.'}
    </p>
  );
}
