import { useState } from 'react';
import type { CleaningSettings, ColumnMapping, DateReading, Layout } from '../../core/dataset/types';
import { CleaningSettingsForm } from './CleaningSettingsForm';
import { CovariatePicker } from './CovariatePicker';
import { PreviewTable } from './PreviewTable';
import { remap } from './import-controller';
import { assignRole, assignSeries } from './mapping-edits';
import type { LoadedData } from './data-slice';

const LAYOUTS: { value: Layout; label: string }[] = [
  { value: 'long', label: 'Long: one row per date and series' },
  { value: 'wide-dates-as-columns', label: 'Wide: one column per date' },
  { value: 'wide-series-as-columns', label: 'Wide: one column per series' },
];

const DATE_READINGS: { value: DateReading; label: string }[] = [
  { value: 'iso', label: 'ISO (2024-03-31)' },
  { value: 'dmy', label: 'Day/month/year (31/03/2024)' },
  { value: 'mdy', label: 'Month/day/year (03/31/2024)' },
  { value: 'ymd', label: 'Year/month/day (2024/03/31)' },
  { value: 'month-name', label: 'Month name (31 Mar 2024)' },
  { value: 'year-month', label: 'Year and month (2024-03)' },
  { value: 'year-quarter', label: 'Year and quarter (2024 Q1)' },
  { value: 'iso-week', label: 'ISO week (2024-W13)' },
  { value: 'excel-serial', label: 'Excel day number (45382)' },
];

const NONE = '';

interface Props {
  loaded: LoadedData;
  busy: boolean;
}

/**
 * What each column means, and how to clean. Every change re-derives the dataset in the worker
 * from the table already read; the form keeps the edited values until the result arrives.
 */
export function MappingPanel({ loaded, busy }: Props) {
  const [mapping, setMapping] = useState<ColumnMapping>(loaded.mapping);
  const [settings, setSettings] = useState<CleaningSettings>(loaded.settings);
  const columns = loaded.header;

  function apply(nextMapping: ColumnMapping, nextSettings: CleaningSettings = settings) {
    setMapping(nextMapping);
    setSettings(nextSettings);
    remap(nextMapping, nextSettings);
  }

  const optional = (value: string) => (value === NONE ? null : value);

  return (
    <section className="panel mapping" aria-labelledby="mapping-title" aria-busy={busy}>
      <header className="panel__header">
        <h2 id="mapping-title">Columns</h2>
        {busy && (
          <span className="badge badge--busy" role="status">
            Updating…
          </span>
        )}
      </header>
      <p className="panel__hint">Shelfcast guessed what each column means. Correct anything it got wrong.</p>
      <PreviewTable header={columns} rows={loaded.preview} />

      <div className="form-grid">
        <label className="field">
          <span className="field__label">Layout</span>
          <select
            value={mapping.layout}
            onChange={(event) => apply({ ...mapping, layout: event.target.value as Layout })}
          >
            {LAYOUTS.map((layout) => (
              <option key={layout.value} value={layout.value}>
                {layout.label}
              </option>
            ))}
          </select>
        </label>

        <label className="field">
          <span className="field__label">Date column</span>
          <select
            data-testid="map-date"
            value={mapping.date ?? NONE}
            onChange={(event) => apply(assignRole(mapping, 'date', optional(event.target.value)))}
          >
            <option value={NONE}>(none: dates are column names)</option>
            {columns.map((column) => (
              <option key={column} value={column}>
                {column}
              </option>
            ))}
          </select>
        </label>

        <label className="field">
          <span className="field__label">Dates are written as</span>
          <select
            value={mapping.dateReading}
            onChange={(event) => apply({ ...mapping, dateReading: event.target.value as DateReading })}
          >
            {DATE_READINGS.map((reading) => (
              <option key={reading.value} value={reading.value}>
                {reading.label}
              </option>
            ))}
          </select>
        </label>

        <label className="field">
          <span className="field__label">Sales column</span>
          <select
            data-testid="map-target"
            value={mapping.target ?? NONE}
            onChange={(event) => apply(assignRole(mapping, 'target', optional(event.target.value)))}
          >
            <option value={NONE}>(none: wide layout)</option>
            {columns.map((column) => (
              <option key={column} value={column}>
                {column}
              </option>
            ))}
          </select>
        </label>

        <label className="field field--tall">
          <span className="field__label">Series key columns</span>
          <select
            multiple
            data-testid="map-series"
            value={mapping.series}
            size={Math.min(5, Math.max(3, columns.length))}
            onChange={(event) =>
              apply(
                assignSeries(
                  mapping,
                  Array.from(event.target.selectedOptions, (option) => option.value),
                ),
              )
            }
          >
            {columns.map((column) => (
              <option key={column} value={column}>
                {column}
              </option>
            ))}
          </select>
          <span className="field__help">Ctrl/⌘-click to pick several; none means one series.</span>
        </label>

        <label className="field">
          <span className="field__label">Open/closed flag (0 = cannot sell)</span>
          <select
            value={mapping.availability ?? NONE}
            onChange={(event) => apply(assignRole(mapping, 'availability', optional(event.target.value)))}
          >
            <option value={NONE}>(none)</option>
            {columns.map((column) => (
              <option key={column} value={column}>
                {column}
              </option>
            ))}
          </select>
        </label>

        <label className="field">
          <span className="field__label">Price (empty = not listed)</span>
          <select
            value={mapping.price ?? NONE}
            onChange={(event) => apply(assignRole(mapping, 'price', optional(event.target.value)))}
          >
            <option value={NONE}>(none)</option>
            {columns.map((column) => (
              <option key={column} value={column}>
                {column}
              </option>
            ))}
          </select>
        </label>
      </div>

      <CovariatePicker header={columns} mapping={mapping} onChange={(next) => apply(next)} />
      <CleaningSettingsForm settings={settings} onChange={(next) => apply(mapping, next)} />
    </section>
  );
}
