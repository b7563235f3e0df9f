import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { centralBand, forecastDistribution } from '../../core/forecast/distribution';
import { ForecastChart } from './ForecastChart';
import { ForecastTable } from './ForecastTable';
import type { ForecastRun } from './forecast-slice';
import { SeriesOutlook } from './SeriesOutlook';
import { SeriesTable } from './SeriesTable';
import { inSlices } from '../shared/in-slices';
import { topSeller, totalForecastInSlices, type TotalForecast } from './total-forecast';

interface Props {
  run: ForecastRun;
  /** The band level shown (one of BAND_LEVELS). */
  level: number;
  /** The series selected in the store (the per-series table's choice). */
  selected: number;
  onSelect(index: number): void;
}

type View = 'total' | 'series';

/** A total and the version of the run it was built from. */
interface BuiltTotal {
  results: ForecastRun['results'];
  calibration: ForecastRun['calibration'];
  total: TotalForecast | null;
}

/**
 * The forecast's future for people who plan with it: the summary in numbers (the total and one
 * series), the chart, the table of periods and the per-series list. Chart and table show the same
 * thing, the total over all series by default, or one series: the one picked in the per-series
 * list, or until one is picked the top seller (total-forecast.ts says when a total is shown).
 */
export function ForecastOutlook({ run, level, selected, onSelect }: Props) {
  const { t } = useTranslation('outlook');
  const captionId = useId();
  // The run in which the user picked a series; until then the top seller stands for "a series".
  const [pickedIn, setPickedIn] = useState<number | null>(null);
  const [view, setView] = useState<View>('total');
  // The total reads every series' distribution (30,000 at scale, most of a second): it is made once
  // the run has ended, not at each refresh while series stream in (a partial total would mislead
  // too), in slices between the page's other work; the page shows a series until it is in.
  const ended = run.status !== 'running';
  const { results, calibration, dataset } = run;
  const [built, setBuilt] = useState<BuiltTotal | null>(null);
  useEffect(() => {
    if (!ended) return;
    let stale = false;
    const made = { results, calibration };
    void inSlices(totalForecastInSlices({ results, calibration, dataset }), () => stale).then((total) => {
      if (!stale) setBuilt({ ...made, total });
    });
    return () => {
      stale = true;
    };
  }, [ended, results, calibration, dataset]);
  const total = ended && built?.results === results && built.calibration === calibration ? built.total : null;
  const top = useMemo(() => topSeller(run), [run]);
  const picked = pickedIn === run.startedAt;
  const seriesIndex = picked || top < 0 ? selected : top;
  const showTotal = total !== null && view === 'total';
  const seriesId = run.dataset.seriesIds[seriesIndex] ?? '';
  const summary = run.results.series.get(seriesId);

  const table = useMemo(() => {
    if (showTotal) {
      const distribution = total.distribution;
      return {
        caption: t('table.captionTotal', { percent: Math.round(level * 100) }),
        dates: total.dates,
        point: distribution.point,
        lower: distribution.quantiles((1 - level) / 2),
        upper: distribution.quantiles((1 + level) / 2),
      };
    }
    if (summary?.future == null) return null;
    const band = centralBand(forecastDistribution(summary.future, run.calibration), level);
    return {
      caption: t('table.captionSeries', { id: seriesId, percent: Math.round(level * 100) }),
      dates: summary.futureDates,
      point: summary.future.point,
      ...band,
    };
    // A refresh of another series keeps this series' (immutable) result: nothing changes here.
  }, [showTotal, total, summary, run.calibration, level, seriesId, t]);

  const select = (index: number): void => {
    onSelect(index);
    setPickedIn(run.startedAt);
    setView('series');
  };
  const focus =
    total === null ? null : (
      <label className="forecast-chart__source">
        {t('focus.label')}{' '}
        <select
          data-testid="outlook-focus"
          value={view}
          onChange={(event) => setView(event.target.value as View)}
        >
          <option value="total">{t('focus.total')}</option>
          <option value="series">{t('focus.series', { id: seriesId })}</option>
        </select>
      </label>
    );

  return (
    <>
      <SeriesOutlook run={run} level={level} seriesIndex={seriesIndex} topSeller={!picked} total={total} />
      <ForecastChart
        run={run}
        level={level}
        seriesIndex={seriesIndex}
        total={showTotal ? total : null}
        focus={focus}
        describedBy={captionId}
      />
      {table !== null && (
        <section className="panel forecast-table-panel" aria-labelledby="forecast-table-title">
          <h2 id="forecast-table-title">{t('table.title')}</h2>
          <ForecastTable captionId={captionId} level={level} frequency={run.dataset.frequency} {...table} />
        </section>
      )}
      <SeriesTable run={run} selected={seriesIndex} onSelect={select} />
    </>
  );
}
