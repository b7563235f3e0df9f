import { useMemo } from 'react';
import { pooledErrorCount } from '../../core/forecast/run-calibration';
import { bandFrequencyWords } from './band-copy';
import { meanCoverage } from './forecast-results';
import type { ForecastRun } from './forecast-slice';

interface Props {
  run: ForecastRun;
  /** The band level the page shows (one of BAND_LEVELS). */
  level: number;
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
 * How honest the bands are: the test coverage of the exported forecast's band at the chosen level
 * once the run has calibrated them over the whole catalogue (an 80% band should hold about 80% of
 * sales).
 */
export function IntervalNote({ run, level }: Props) {
  const { calibration, results } = run;
  const slot = run.settings.model;
  const coverage = useMemo(
    () => (calibration === null ? NaN : meanCoverage(results, slot, level)),
    [calibration, results, slot, level],
  );
  if (calibration === null) {
    return <p className="panel__hint">{INTERIM_NOTE[run.status]}</p>;
  }
  const errors = pooledErrorCount(calibration);
  const name = `${Math.round(level * 100)}% band`;
  return (
    <p
      className="panel__hint"
      data-testid="interval-coverage"
      data-value={Number.isFinite(coverage) ? coverage.toFixed(4) : ''}
    >
      Intervals calibrated on {errors.toLocaleString('en-US')} validation errors pooled over all series: sales
      should fall inside the {name} {bandFrequencyWords(level)}.
      {Number.isFinite(coverage)
        ? ` On the test part it held ${percent(coverage)} of actual sales (the aim is ${percent(level)}).`
        : ' There is no test part to check them on.'}
    </p>
  );
}
