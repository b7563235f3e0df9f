const STEPS = [
  {
    title: 'Load sales history',
    text: 'One row per date and product (or store), or a wide sheet with one column per date. CSV, TSV, TXT or .xlsx; any delimiter, decimal commas, day/month dates.',
  },
  {
    title: 'Check what was read',
    text: 'See rows, series, dates and every cleaning step with its count. Correct the column roles if a guess is wrong; the choice is remembered for files like it.',
  },
  {
    title: 'Forecast every product',
    text: 'Each series gets the method that forecast best on sales it had not seen, a range it should fall in, and a CSV to take away.',
  },
];

/** Shown before any data is loaded: what the app does, in three steps. */
export function GettingStarted() {
  return (
    <ol className="getting-started">
      {STEPS.map((step, index) => (
        <li key={step.title} className="getting-started__step">
          <span className="getting-started__number" aria-hidden="true">
            {index + 1}
          </span>
          <h2>{step.title}</h2>
          <p>{step.text}</p>
        </li>
      ))}
    </ol>
  );
}
