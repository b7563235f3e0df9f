import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../shared/store';
import { useLocale } from '../../i18n/format';
import { accuracyVerdict } from './accuracy-verdict';
import { aggregateResults } from './aggregate';
import type { ForecastRun } from './forecast-slice';
import { runOutcome } from './run-outcome';
import { unforecastableReason } from './unforecastable-reason';
import { verdictWords } from './verdict-words';

/** Runs whose headline has taken the focus once: coming back to the step later does not move it again. */
const focusedRuns = new WeakSet<object>();

/** Moves the focus to the headline once, when a run's result first shows (never while it streams). */
function useFocusOnce(run: ForecastRun) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusedRuns.has(run.results)) return;
    focusedRuns.add(run.results);
    heading.current?.focus();
  }, [run.results]);
  return heading;
}

function NothingForecast({ run }: { run: ForecastRun }) {
  const { t } = useTranslation('forecast');
  const goTo = useAppStore((state) => state.goTo);
  const heading = useFocusOnce(run);
  const { dataset, results } = run;
  // Every series is left out here; say the common reason when they are all too short.
  const tooShort = useMemo(() => {
    let most = 0;
    let needed = 0;
    for (let s = 0; s < results.seriesIds.length; s++) {
      const reason = unforecastableReason(dataset, results.failed, s);
      if (reason.code !== 'too-short') return null;
      most = Math.max(most, reason.observed);
      needed = reason.needed;
    }
    return { most, needed };
  }, [dataset, results]);
  return (
    <section
      className="panel forecast-verdict forecast-verdict--nothing"
      data-testid="forecast-verdict"
      aria-labelledby="forecast-verdict-title"
    >
      <h2 id="forecast-verdict-title" tabIndex={-1} ref={heading}>
        {t('progress.state.nothing')}
      </h2>
      <div role="alert" className="note note--alert">
        <p>{t('nothing.alert', { count: results.seriesIds.length })}</p>
        {tooShort !== null && results.seriesIds.length > 0 && <p>{t('nothing.tooShort', tooShort)}</p>}
      </div>
      <div className="forecast-verdict__next">
        <button type="button" className="button button--primary" onClick={() => goTo('data')}>
          {t('nothing.back')}
        </button>
      </div>
    </section>
  );
}

function Verdict({ run }: { run: ForecastRun }) {
  const { t } = useTranslation('forecast');
  const goTo = useAppStore((state) => state.goTo);
  const heading = useFocusOnce(run);
  const { metric, model } = run.settings;
  // The results fill in place; `run` is a new object at each refresh.
  const verdict = useMemo(
    () => accuracyVerdict(aggregateResults(run.results), model, metric),
    [run, model, metric],
  );
  const locale = useLocale();
  const words = verdictWords(verdict, metric, t, locale);
  return (
    <section
      className="panel forecast-verdict"
      data-testid="forecast-verdict"
      aria-labelledby="forecast-verdict-title"
    >
      <h2 id="forecast-verdict-title" tabIndex={-1} ref={heading} data-testid="forecast-headline">
        {words.headline}
      </h2>
      {words.basis !== null && <p className="panel__hint">{words.basis}</p>}
      {words.warning && (
        <p role="alert" className="note note--alert" data-testid="forecast-warning">
          {words.warning}
        </p>
      )}
      {model === 'auto' && <p className="forecast-verdict__how">{t('verdict.autoHow')}</p>}
      {words.outranked && (
        <p className="note note--status" data-testid="forecast-outranked">
          {words.outranked}
        </p>
      )}
      <div className="forecast-verdict__next">
        <button
          type="button"
          className="button button--primary"
          data-testid="next-inventory"
          onClick={() => goTo('inventory')}
        >
          {t('verdict.next')}
        </button>
        <span className="panel__hint">{t('verdict.nextHint')}</span>
      </div>
    </section>
  );
}

/**
 * The first thing after a run: how good the forecast is, in words, with the way forward; or, when
 * nothing could be forecast, a warning that says why.
 */
export function AccuracyHeadline({ run }: { run: ForecastRun }) {
  const outcome = runOutcome(run.status, run.results.summary.forecast, run.results.seriesIds.length);
  if (outcome.kind === 'running' || outcome.kind === 'failed') return null;
  if (outcome.kind === 'nothing') return <NothingForecast run={run} />;
  if (outcome.kind === 'cancelled' && outcome.forecast === 0) return null;
  return <Verdict run={run} />;
}
