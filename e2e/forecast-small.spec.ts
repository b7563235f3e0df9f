import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectSummary, loadFixture } from './fixtures/files';
import { downloadedText, openForecastStep } from './steps';

// forecast-small.csv: daily sales of apple, -5 and pear from 2024-01-01 to 2024-05-19 (140 days),
// and "tiny" with only 3 days of sales, which is too short to forecast.
const FORECAST_SERIES = ['apple', "'-5", 'pear'];

async function openForecastWithFixture(page: Page): Promise<void> {
  await page.goto('/');
  await loadFixture(page, 'forecast-small.csv');
  await expectSummary(page, { series: 4 });
  await openForecastStep(page);
}

async function train(page: Page): Promise<void> {
  await page.getByTestId('train').click();
  await expect(page.getByTestId('training-progress')).toHaveAttribute('data-state', 'done', {
    timeout: 50_000,
  });
}

test('Auto forecasts every series that has enough history and exports them in the agreed format', async ({
  page,
}) => {
  await openForecastWithFixture(page);
  await expect(page.getByTestId('horizon')).toHaveValue('28');
  await train(page);
  await expect(page.getByTestId('training-progress')).toContainText('4 of 4 series');
  await expect(page.getByTestId('metrics-table').locator('tbody tr')).not.toHaveCount(0);
  await expect(page.getByTestId('forecast-chart').getByRole('application')).toBeVisible();
  await expect(page.getByRole('region', { name: /Not forecast/ })).toContainText(
    'tiny: only 3 periods with sales',
  );

  const { name, text } = await downloadedText(page, 'export-forecasts');
  // Named after the data file and its last date with sales (reproducible, never the clock).
  expect(name).toBe('forecast-small-2024-05-19-forecasts.csv');
  expect(text.charCodeAt(0)).not.toBe(0xfeff);
  expect(text).not.toContain('\r');
  const [header, ...rows] = text.trimEnd().split('\n');
  expect(header).toBe('series_id,date,model,forecast,p10,p50,p90');
  expect(rows).toHaveLength(FORECAST_SERIES.length * 28);
  const ids = rows.map((row) => row.split(',')[0]);
  expect([...new Set(ids)].sort()).toEqual([...FORECAST_SERIES].sort());
  for (const id of FORECAST_SERIES) {
    const own = rows.filter((row) => row.startsWith(`${id},`)).map((row) => row.split(','));
    expect(own).toHaveLength(28);
    expect(own[0]?.[1]).toBe('2024-05-20');
    expect(own[27]?.[1]).toBe('2024-06-16');
    for (const cells of own) {
      expect(cells[2]).toMatch(/^auto\([a-z-]+\)$/);
      const [forecast, p10, p50, p90] = cells.slice(3).map(Number);
      expect(Number.isFinite(forecast)).toBe(true);
      expect(p10).toBeLessThanOrEqual(p50 as number);
      expect(p50).toBeLessThanOrEqual(p90 as number);
    }
  }
  expect(text).not.toContain('tiny');

  const metrics = await downloadedText(page, 'export-metrics');
  expect(metrics.name).toBe('forecast-small-2024-05-19-metrics.csv');
  const metricLines = metrics.text.trimEnd().split('\n');
  expect(metricLines[0]).toMatch(/^series_id,model,part,periods,mase,/);
  expect(metricLines.some((line) => line.startsWith("'-5,auto,test,"))).toBe(true);
});

test('a single model runs with seasonal naive as its reference and exports under its own name', async ({
  page,
}) => {
  await openForecastWithFixture(page);
  await page.getByTestId('model-select').selectOption({ label: 'Naive' });
  await page.getByTestId('horizon').fill('7');
  await train(page);
  const table = page.getByTestId('metrics-table');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.locator('tbody tr[data-model="naive"]')).toHaveCount(1);
  await expect(table.locator('tbody tr[data-model="snaive"]')).toHaveCount(1);
  const { text } = await downloadedText(page, 'export-forecasts');
  const rows = text.trimEnd().split('\n').slice(1);
  expect(rows).toHaveLength(FORECAST_SERIES.length * 7);
  expect(rows.every((row) => row.split(',')[2] === 'naive')).toBe(true);
});

test('with no time budget Auto skips ARIMA and STL and says so', async ({ page }) => {
  await openForecastWithFixture(page);
  const budget = page.getByLabel('Time budget for slow models (minutes)');
  await budget.fill('0');
  await train(page);
  await expect(page.getByTestId('training-progress')).toContainText(
    'Skipped for the time budget: STL on 3 series; ARIMA on 3 series.',
  );
  const table = page.getByTestId('metrics-table');
  await expect(table.locator('tbody tr[data-model="arima"]')).toHaveCount(0);
  await expect(table.locator('tbody tr[data-model="ets"]')).toHaveCount(1);
});

test('a year of monthly data: bands from the in-sample fit, said so, and the page keeps its width', async ({
  page,
}) => {
  // monthly-short.csv: two products on exact straight lines over 13 months, too short for a
  // validation part; ARIMA fits them perfectly, with an error variance of about 1e-30.
  await page.goto('/');
  await loadFixture(page, 'monthly-short.csv');
  await expectSummary(page, { series: 2 });
  await openForecastStep(page);
  await train(page);
  await expect(page.getByText(/No series is long enough for a validation part/)).toBeVisible();
  // The model forms and coefficients of a series sit behind a Details disclosure, each explained in words.
  await page.getByTestId('outlook-focus').selectOption('series');
  const explanation = page.locator('.explanation');
  await explanation.getByText('Details: what drove the forecast').click();
  await expect(explanation).toContainText('ARIMA');
  await expect(explanation).toContainText('Variance of the one-step errors');
  const values = await explanation.locator('.explanation__value').allInnerTexts();
  expect(values.length).toBeGreaterThan(0);
  for (const value of values) expect(value.length).toBeLessThanOrEqual(12);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a file too short to forecast ends in a warning that says why, not in a green "Finished"', async ({
  page,
}) => {
  // three-rows.csv: one product with three days of sales.
  await page.goto('/');
  await loadFixture(page, 'three-rows.csv');
  await expectSummary(page, { series: 1 });
  await openForecastStep(page);
  await train(page);
  const progress = page.getByTestId('training-progress');
  await expect(progress).toContainText('Nothing could be forecast');
  await expect(progress).not.toContainText('Finished');
  // The bar is in the alert colour, not the green of a success.
  await expect(progress.locator('.progress__bar')).toHaveCSS('background-color', 'rgb(162, 54, 29)');
  const verdict = page.getByTestId('forecast-verdict');
  await expect(verdict.getByRole('heading', { name: 'Nothing could be forecast' })).toBeFocused();
  await expect(verdict.getByRole('alert')).toContainText(
    'Each series needs at least 4 periods with sales; the longest here has 3.',
  );
  await expect(page.getByRole('region', { name: /Not forecast/ })).toContainText(
    'apple: only 3 periods with sales (at least 4 needed)',
  );
  await expect(page.getByTestId('next-inventory')).toHaveCount(0);
  await expect(page.getByTestId('export-forecasts')).toHaveCount(0);
});
