import { useTranslation } from 'react-i18next';
import { BAND_LEVELS } from '../../core/forecast/quantile-grid';
import { useAppStore } from '../shared/store';

/**
 * The band level the chart, the coverage figure and the copy show. Every level is read from the
 * run's stored distribution, so changing it never re-runs anything (the export's p10/p50/p90 stay).
 * Option labels stay "50%"…"95%" in every language (the UI contract).
 */
export function IntervalLevelSelect() {
  const { t } = useTranslation('forecast');
  const level = useAppStore((state) => state.forecast.settings.level);
  const update = useAppStore((state) => state.updateForecastSettings);
  return (
    <label className="field field--inline">
      <span className="field__label">{t('interval.label')}</span>
      <select
        data-testid="interval-level"
        value={level}
        aria-describedby="interval-level-hint"
        onChange={(event) => update({ level: Number(event.target.value) })}
      >
        {BAND_LEVELS.map((option) => (
          <option key={option} value={option}>
            {Math.round(option * 100)}%
          </option>
        ))}
      </select>
      <span className="field__hint" id="interval-level-hint">
        {t('interval.hint')}
      </span>
    </label>
  );
}
