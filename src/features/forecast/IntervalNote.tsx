import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pooledErrorCount } from '../../core/forecast/run-calibration';
import { numberFormat, useLocale } from '../../i18n/format';
import { bandFrequencyWords } from './band-copy';
import { formatShare } from './format-metric';
import { meanCoverage } from '../../core/forecast/run-results';
import type { ForecastRun } from './forecast-slice';

interface Props {
  run: ForecastRun;
  /** The band level the page shows (one of BAND_LEVELS). */
  level: number;
}

/** What the bands are while there is no catalogue calibration, by run status. */
const INTERIM_NOTE = {
  running: 'interval.running',
  // A finished run pools nothing when no series was long enough for a validation part.
  done: 'interval.noValidation',
  cancelled: 'interval.unfinished',
  failed: 'interval.unfinished',
} as const satisfies Record<ForecastRun['status'], string>;

/**
 * How honest the bands are: the test coverage of the exported forecast's band at the chosen level
 * once the run has calibrated them over the whole catalogue (an 80% band should hold about 80% of
 * sales).
 */
export function IntervalNote({ run, level }: Props) {
  const { t } = useTranslation('forecast');
  const locale = useLocale();
  const { calibration, results } = run;
  const slot = run.settings.model;
  const coverage = useMemo(
    () => (calibration === null ? NaN : meanCoverage(results, slot, level)),
    [calibration, results, slot, level],
  );
  if (calibration === null) {
    return <p className="panel__hint">{t(INTERIM_NOTE[run.status])}</p>;
  }
  const errors = numberFormat(locale).format(pooledErrorCount(calibration));
  const calibrated = t('interval.calibrated', {
    errors,
    band: formatShare(level, locale),
    often: bandFrequencyWords(level, t),
  });
  const check = Number.isFinite(coverage)
    ? t('interval.held', { share: formatShare(coverage, locale), aim: formatShare(level, locale) })
    : t('interval.noTest');
  return (
    <p
      className="panel__hint"
      data-testid="interval-coverage"
      data-value={Number.isFinite(coverage) ? coverage.toFixed(4) : ''}
    >
      {calibrated} {check}
    </p>
  );
}
