const NONE = '';

interface Props {
  label: string;
  /** The chosen column, or null for none. */
  value: string | null;
  columns: string[];
  /** What choosing no column means, e.g. "(none: wide layout)". */
  noneLabel: string;
  onChange(column: string | null): void;
  testId?: string;
}

/** A labelled picker of one column of the table, or none. */
export function ColumnSelect({ label, value, columns, noneLabel, onChange, testId }: Props) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select
        data-testid={testId}
        value={value ?? NONE}
        onChange={(event) => onChange(event.target.value === NONE ? null : event.target.value)}
      >
        <option value={NONE}>{noneLabel}</option>
        {columns.map((column) => (
          <option key={column} value={column}>
            {column}
          </option>
        ))}
      </select>
    </label>
  );
}
