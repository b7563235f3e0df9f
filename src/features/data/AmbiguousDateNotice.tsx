import { remap } from './import-controller';
import type { LoadedData } from './data-slice';
import { swappedDayMonth } from './mapping-edits';

const ORDER_LABEL = { dmy: 'day/month/year', mdy: 'month/day/year' } as const;

/**
 * Dates like 03/04/2024 read both ways. Say which order was assumed and offer the other one in a
 * click, since a wrong guess silently scrambles the calendar.
 */
export function AmbiguousDateNotice({ loaded }: { loaded: LoadedData }) {
  const { mapping, dateInference } = loaded;
  const reading = mapping.dateReading;
  const other = swappedDayMonth(reading);
  if (!dateInference?.ambiguous || other === null || (reading !== 'dmy' && reading !== 'mdy')) return null;
  const otherOrder = reading === 'dmy' ? ORDER_LABEL.mdy : ORDER_LABEL.dmy;
  return (
    <div role="alert" className="note note--alert ambiguous" data-testid="ambiguous-dates">
      <p>
        The dates in “{mapping.date}” read both as day/month and as month/day. They are read as{' '}
        <strong>{ORDER_LABEL[reading]}</strong>, the order whose dates fall on the more regular calendar. If
        that is wrong, switch:
      </p>
      <button
        type="button"
        className="button"
        data-testid="swap-date-order"
        onClick={() => remap({ ...mapping, dateReading: other }, loaded.settings)}
      >
        Read as {otherOrder}
      </button>
    </div>
  );
}
