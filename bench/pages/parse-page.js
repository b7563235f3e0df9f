// Baseline page: hands the chosen File to a worker that only parses it with papaparse, and shows
// the data row count the same way the app does (summary-rows data-value), so both are timed alike.
// `?chunk=<bytes>` sets papaparse's chunk size; without it papaparse uses its default (10 MB).
const input = document.querySelector('[data-testid=file-input]');
const output = document.querySelector('[data-testid=summary-rows]');
const chunkSize = Number(new URLSearchParams(location.search).get('chunk')) || undefined;
const worker = new Worker('/parse-worker.js');
worker.addEventListener('message', (event) => {
  output.textContent = String(event.data.rows);
  output.setAttribute('data-value', String(event.data.rows));
});
input.addEventListener('change', () => {
  const file = input.files?.[0];
  if (file) worker.postMessage({ file, chunkSize });
});
