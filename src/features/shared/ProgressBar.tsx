interface Props {
  /** Done so far, out of `max`. */
  value: number;
  max: number;
  label?: string;
  /** How a screen reader reads the value, when the bare number says too little. */
  valueText?: string;
  testId?: string;
}

/** The one progress bar of the app (file import, model training). */
export function ProgressBar({ value, max, label, valueText, testId }: Props) {
  // Nothing to do is all done.
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 1;
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={valueText}
      data-testid={testId}
    >
      <div className="progress__bar" style={{ width: `${Math.round(share * 100)}%` }} />
    </div>
  );
}
