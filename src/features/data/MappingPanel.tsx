import { useState } from 'react';
import type { CleaningSettings, ColumnMapping, DateReading, Layout } from '../../core/dataset/types';
import { ChoiceSelect } from './ChoiceSelect';
import { CleaningSettingsForm } from './CleaningSettingsForm';
import { ColumnSelect } from './ColumnSelect';
import { CovariatePicker } from './CovariatePicker';
import { PreviewTable } from './PreviewTable';
import { assignRole, assignSeries } from './mapping-edits';

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

/** A file's columns as read and the mapping and cleaning applied (or tried) on them. */
interface MappingSource {
  header: string[];
  preview: string[][];
  mapping: ColumnMapping;
  settings: CleaningSettings;
}

interface Props {
  source: MappingSource;
  busy: boolean;
  onApply(mapping: ColumnMapping, settings: CleaningSettings): void;
  /** The name of a file that is not loaded yet, waiting for a mapping that reads. */
  waitingFile?: string;
}

/**
 * What each column means, and how to clean. Every change re-derives the dataset in the worker
 * from the table already read; the form keeps the edited values until the result arrives.
 */
export function MappingPanel({ source, busy, onApply, waitingFile }: Props) {
  const [mapping, setMapping] = useState<ColumnMapping>(source.mapping);
  const [settings, setSettings] = useState<CleaningSettings>(source.settings);
  const columns = source.header;

  function apply(nextMapping: ColumnMapping, nextSettings: CleaningSettings = settings) {
    setMapping(nextMapping);
    setSettings(nextSettings);
    onApply(nextMapping, nextSettings);
  }

  return (
    <section
      className={`panel mapping${waitingFile ? ' mapping--waiting' : ''}`}
      aria-labelledby="mapping-title"
      aria-busy={busy}
      data-testid={waitingFile ? 'pending-mapping' : undefined}
    >
      <header className="panel__header">
        <h2 id="mapping-title">{waitingFile ? `Columns of "${waitingFile}"` : 'Columns'}</h2>
        {busy && (
          <span className="badge badge--busy" role="status">
            Updating…
          </span>
        )}
      </header>
      <p className="panel__hint">
        {waitingFile
          ? 'This file is not loaded yet: choose the column that holds the sales (and check the others).'
          : 'Shelfcast guessed what each column means. Correct anything it got wrong.'}
      </p>
      <PreviewTable header={columns} rows={source.preview} />

      <div className="form-grid">
        <ChoiceSelect
          label="Layout"
          value={mapping.layout}
          choices={LAYOUTS}
          onChange={(layout) => apply({ ...mapping, layout })}
        />
        <ColumnSelect
          label="Date column"
          testId="map-date"
          value={mapping.date}
          columns={columns}
          noneLabel="(none: dates are column names)"
          onChange={(column) => apply(assignRole(mapping, 'date', column))}
        />
        <ChoiceSelect
          label="Dates are written as"
          value={mapping.dateReading}
          choices={DATE_READINGS}
          onChange={(dateReading) => apply({ ...mapping, dateReading })}
        />
        <ColumnSelect
          label="Sales column"
          testId="map-target"
          value={mapping.target}
          columns={columns}
          noneLabel="(none: wide layout)"
          onChange={(column) => apply(assignRole(mapping, 'target', column))}
        />

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

        <ColumnSelect
          label="Open/closed flag (0 = cannot sell)"
          value={mapping.availability}
          columns={columns}
          noneLabel="(none)"
          onChange={(column) => apply(assignRole(mapping, 'availability', column))}
        />
        <ColumnSelect
          label="Price (empty = not listed)"
          value={mapping.price}
          columns={columns}
          noneLabel="(none)"
          onChange={(column) => apply(assignRole(mapping, 'price', column))}
        />
      </div>

      <CovariatePicker header={columns} mapping={mapping} onChange={(next) => apply(next)} />
      <CleaningSettingsForm settings={settings} onChange={(next) => apply(mapping, next)} />
    </section>
  );
}
