import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutcomeColumn } from '../../core/dataset/outcome-columns';
import type { CleaningSettings, ColumnMapping, DateReading, Layout } from '../../core/dataset/types';
import { ChoiceSelect } from './ChoiceSelect';
import { CleaningSettingsForm } from './CleaningSettingsForm';
import { ColumnSelect } from './ColumnSelect';
import { CovariatePicker } from './CovariatePicker';
import { PreviewTable } from './PreviewTable';
import { StockColumnsPicker } from './StockColumnsPicker';
import { assignRole, assignSeries } from './mapping-edits';

const LAYOUTS: readonly Layout[] = ['long', 'wide-dates-as-columns', 'wide-series-as-columns'];

const DATE_READINGS: readonly DateReading[] = [
  'iso',
  'dmy',
  'mdy',
  'ymd',
  'month-name',
  'year-month',
  'year-quarter',
  'iso-week',
  'excel-serial',
];

/** A file's columns as read and the mapping and cleaning applied (or tried) on them. */
interface MappingSource {
  header: string[];
  preview: string[][];
  mapping: ColumnMapping;
  settings: CleaningSettings;
  /** Set once a mapping has been derived (outcome-columns.ts). */
  outcomeColumns?: readonly OutcomeColumn[];
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
  const { t } = useTranslation('data');
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
        <h2 id="mapping-title">
          {waitingFile ? t('mapping.titleWaiting', { file: waitingFile }) : t('mapping.title')}
        </h2>
        {busy && (
          <span className="badge badge--busy" role="status">
            {t('mapping.updating')}
          </span>
        )}
      </header>
      <p className="panel__hint">{waitingFile ? t('mapping.hintWaiting') : t('mapping.hint')}</p>
      <PreviewTable header={columns} rows={source.preview} />

      <div className="form-grid">
        <ChoiceSelect
          label={t('mapping.layout')}
          value={mapping.layout}
          choices={LAYOUTS.map((value) => ({ value, label: t(`mapping.layouts.${value}`) }))}
          onChange={(layout) => apply({ ...mapping, layout })}
        />
        <ColumnSelect
          label={t('mapping.dateColumn')}
          testId="map-date"
          value={mapping.date}
          columns={columns}
          noneLabel={t('mapping.dateNone')}
          onChange={(column) => apply(assignRole(mapping, 'date', column))}
        />
        <ChoiceSelect
          label={t('mapping.dateReading')}
          value={mapping.dateReading}
          choices={DATE_READINGS.map((value) => ({ value, label: t(`mapping.dateReadings.${value}`) }))}
          onChange={(dateReading) => apply({ ...mapping, dateReading })}
        />
        <ColumnSelect
          label={t('mapping.salesColumn')}
          testId="map-target"
          value={mapping.target}
          columns={columns}
          noneLabel={t('mapping.salesNone')}
          onChange={(column) => apply(assignRole(mapping, 'target', column))}
        />

        <label className="field field--tall">
          <span className="field__label">{t('mapping.seriesColumns')}</span>
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
          <span className="field__help">{t('mapping.seriesHelp')}</span>
        </label>

        <ColumnSelect
          label={t('mapping.availability')}
          value={mapping.availability}
          columns={columns}
          noneLabel={t('mapping.none')}
          onChange={(column) => apply(assignRole(mapping, 'availability', column))}
        />
        <ColumnSelect
          label={t('mapping.price')}
          value={mapping.price}
          columns={columns}
          noneLabel={t('mapping.none')}
          onChange={(column) => apply(assignRole(mapping, 'price', column))}
        />
      </div>

      <CovariatePicker
        header={columns}
        mapping={mapping}
        outcomes={source.outcomeColumns ?? []}
        onChange={(next) => apply(next)}
      />
      <StockColumnsPicker header={columns} mapping={mapping} onChange={(next) => apply(next)} />
      <CleaningSettingsForm settings={settings} onChange={(next) => apply(mapping, next)} />
    </section>
  );
}
