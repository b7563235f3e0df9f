import { test, expect } from './fixtures';
import { downloadedText, openForecastWithSample } from './steps';

/** The forecast export's rows as [series_id, date, model, forecast, p10, p50, p90]. */
const rowsOf = (text: string): string[][] =>
  text
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));

test('the Interval setting redraws band, coverage and copy from the stored distribution, without a re-run', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openForecastWithSample(page);
  await page.getByTestId('train').click();
  const progress = page.getByTestId('training-progress');
  await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 100_000 });
  const coverage = page.getByTestId('interval-coverage');
  await expect(coverage).toContainText('80% band');
  const at80 = Number(await coverage.getAttribute('data-value'));
  const before = rowsOf((await downloadedText(page, 'export-forecasts')).text);
  await expect(page.getByTestId('forecast-chart')).toContainText('80% interval (p10–p90)');

  await page.getByTestId('interval-level').selectOption('0.95');
  await expect(coverage).toContainText('95% band 19 times out of 20');
  await expect(coverage).toContainText('(the aim is 95%)');
  const at95 = Number(await coverage.getAttribute('data-value'));
  expect(at95).toBeGreaterThan(at80);
  await expect(page.getByTestId('forecast-chart')).toContainText('95% interval (p2.5–p97.5)');
  await expect(page.getByText('should fall in 19 times out of 20')).toBeVisible();
  // Nothing was re-run, and the export's p10/p50/p90 are the same percentiles as before.
  await expect(progress).toHaveAttribute('data-state', 'done');
  expect(rowsOf((await downloadedText(page, 'export-forecasts')).text)).toEqual(before);

  await page.getByTestId('interval-level').selectOption('0.5');
  expect(Number(await coverage.getAttribute('data-value'))).toBeLessThan(at80);

  // The selected series' table reads the same distribution as the export: at 80% its range is p10–p90.
  // The chart and the table open on the total; showing one series (the top seller) compares it.
  await page.getByTestId('interval-level').selectOption('0.8');
  await page.getByTestId('outlook-focus').selectOption('series');
  const seriesId =
    (await page.getByTestId('forecast-chart').locator('xpath=..').locator('.series-name').textContent()) ??
    '';
  const exported = before.filter((row) => row[0] === seriesId);
  expect(exported).toHaveLength(28);
  const tableRows = page.getByTestId('forecast-table').locator('tbody tr');
  await expect(tableRows).toHaveCount(28);
  for (let step = 0; step < 28; step += 9) {
    const row = exported[step] as string[];
    const cells = tableRows.nth(step).locator('td');
    await expect(tableRows.nth(step)).toHaveAttribute('data-date', row[1] as string);
    for (const [cell, column] of [
      [0, 3],
      [1, 4],
      [2, 6],
    ] as const) {
      const shown = Number(await cells.nth(cell).getAttribute('data-value'));
      expect(Math.abs(shown - Number(row[column]))).toBeLessThan(1e-3);
    }
  }
  // The chart draws the run's stored numbers (it re-fits nothing): its readout, read from the
  // keyboard period by period back from the last, equals the export's forecast, p10 and p90.
  const plot = page.getByTestId('forecast-chart').getByRole('application');
  const readout = page.getByTestId('forecast-readout');
  await plot.focus();
  await plot.press('ArrowRight');
  for (let step = 27; step >= 0; step--) {
    const row = exported[step] as string[];
    const day = Number(await readout.getAttribute('data-day'));
    expect(new Date(day * 86_400_000).toISOString().slice(0, 10)).toBe(row[1]);
    for (const [attribute, column] of [
      ['data-future', 3],
      ['data-lower', 4],
      ['data-upper', 6],
    ] as const) {
      const shown = Number(await readout.getAttribute(attribute));
      expect(Math.abs(shown - Number(row[column]))).toBeLessThan(1e-3);
    }
    await plot.press('ArrowLeft');
  }
  // The series' total range is the range of the sum: inside the sum of the periods' ranges.
  const summary = page.getByTestId('forecast-summary-series');
  await expect(summary).toHaveAttribute('data-series', seriesId);
  await expect(summary).toContainText(/Next 28 days .*: about [\d,.]+ .* in total, likely between/);
  const total = exported.reduce((sum, row) => sum + Number(row[3]), 0);
  expect(Math.abs(Number(await summary.getAttribute('data-value')) - total)).toBeLessThan(0.01);
  const low = Number(await summary.getAttribute('data-low'));
  const high = Number(await summary.getAttribute('data-high'));
  expect(low).toBeLessThanOrEqual(total);
  expect(high).toBeGreaterThanOrEqual(total);
  expect(low).toBeGreaterThanOrEqual(exported.reduce((sum, row) => sum + Number(row[4]), 0) - 1e-6);
  expect(high).toBeLessThanOrEqual(exported.reduce((sum, row) => sum + Number(row[6]), 0) + 1e-6);
});

test('planned closed days are forecast 0 with no band, and every band holds its forecast', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openForecastWithSample(page);
  await page.getByTestId('train').click();
  await expect(page.getByTestId('training-progress')).toHaveAttribute('data-state', 'done', {
    timeout: 100_000,
  });
  // The sample's plan closes every store on New Year's Day (open = 0).
  await expect(page.getByTestId('closed-periods-note')).toContainText('40 future periods in 40 series');
  const rows = rowsOf((await downloadedText(page, 'export-forecasts')).text);
  const newYear = rows.filter((row) => row[1] === '2026-01-01');
  expect(newYear).toHaveLength(40);
  for (const row of newYear) expect(row.slice(3)).toEqual(['0', '0', '0', '0']);
  for (const row of rows) {
    const [forecast, p10, p50, p90] = row.slice(3).map(Number) as [number, number, number, number];
    expect(p10).toBeLessThanOrEqual(p50);
    expect(p50).toBeLessThanOrEqual(p90);
    expect(p10).toBeLessThanOrEqual(forecast);
    expect(forecast).toBeLessThanOrEqual(p90);
  }
});
