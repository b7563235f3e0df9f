import { useTranslation } from 'react-i18next';
import { importFile } from './import-controller';
import type { LoadedData } from './data-slice';

/** For a workbook with several sheets: which one to read. Reading another sheet re-reads the file. */
export function SheetPicker({ loaded }: { loaded: LoadedData }) {
  const { t } = useTranslation('data');
  const { sheets, sheet, file } = loaded;
  if (!sheets || sheets.length < 2) return null;
  return (
    <label className="field sheet-picker">
      <span className="field__label">{t('sheet')}</span>
      <select
        data-testid="sheet-select"
        value={sheet ?? ''}
        onChange={(event) => importFile(file, event.target.value)}
      >
        {sheets.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
