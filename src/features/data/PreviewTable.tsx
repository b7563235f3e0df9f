interface Props {
  header: string[];
  rows: string[][];
}

/** The first rows of the file as written, so each column's role can be checked against its values. */
export function PreviewTable({ header, rows }: Props) {
  if (rows.length === 0) return null;
  return (
    <div className="preview" data-testid="file-preview">
      <table className="preview__table">
        <caption className="visually-hidden">First rows of the file as read</caption>
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
