import { useTranslation } from 'react-i18next';

interface Props {
  header: string[];
  rows: string[][];
}

/**
 * The first rows of the file as written, so each column's role can be checked against its values.
 * A wide file scrolls sideways inside its own box, which is a tab stop so the keyboard can scroll it.
 */
export function PreviewTable({ header, rows }: Props) {
  const { t } = useTranslation('data');
  if (rows.length === 0) return null;
  return (
    <div
      className="preview table-scroll"
      data-testid="file-preview"
      tabIndex={0}
      role="region"
      aria-label={t('mapping.previewLabel')}
    >
      <table className="preview__table">
        <caption className="visually-hidden">{t('mapping.previewCaption')}</caption>
        <thead>
          <tr>
            {header.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            // Preview rows have no identity of their own; their position is stable.
            <tr key={index}>
              {header.map((column, cell) => (
                <td key={column}>{row[cell] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
