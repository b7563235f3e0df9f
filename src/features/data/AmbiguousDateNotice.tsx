import { Trans, useTranslation } from 'react-i18next';
import { remap } from './import-controller';
import type { LoadedData } from './data-slice';
import { swappedDayMonth } from './mapping-edits';

/**
 * Dates like 03/04/2024 read both ways. Say which order was assumed and offer the other one in a
 * click, since a wrong guess silently scrambles the calendar.
 */
export function AmbiguousDateNotice({ loaded }: { loaded: LoadedData }) {
  const { t } = useTranslation('data');
  const { mapping, dateInference } = loaded;
  const reading = mapping.dateReading;
  const other = swappedDayMonth(reading);
  if (!dateInference?.ambiguous || other === null || (reading !== 'dmy' && reading !== 'mdy')) return null;
  const otherOrder = reading === 'dmy' ? t('dates.mdy') : t('dates.dmy');
  return (
    <div role="alert" className="note note--alert ambiguous" data-testid="ambiguous-dates">
      <p>
        <Trans
          t={t}
          i18nKey="dates.ambiguous"
          values={{ column: mapping.date ?? '', order: t(`dates.${reading}`) }}
          components={{ strong: <strong /> }}
        />
      </p>
      <button
        type="button"
        className="button"
        data-testid="swap-date-order"
        onClick={() => remap({ ...mapping, dateReading: other }, loaded.settings)}
      >
        {t('dates.readAs', { order: otherOrder })}
      </button>
    </div>
  );
}
