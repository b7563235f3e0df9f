import { test, expect } from './fixtures';
import { expectSummary, loadFixture } from './fixtures/files';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('a brand coded 1–11 is a series key, and leaving it out is an alert that names it', async ({ page }) => {
  await loadFixture(page, 'coded-brands.csv');
  // 3 stores × 11 brands over 10 days: every row is its own date and series.
  await expectSummary(page, { rows: 330, series: 33, observations: 330 });
  await expect(page.getByTestId('map-series')).toHaveValues(['store', 'brand']);
  await expect(page.locator('[data-code="duplicates"]')).toHaveCount(0);

  await page.getByTestId('map-series').selectOption(['store']);
  await expectSummary(page, { series: 3 });
  const alert = page.getByRole('alert').filter({ hasText: 'rows repeat a series and period' });
  await expect(alert).toContainText('300 of 330 rows');
  await expect(alert).toContainText('Column "brand" with the date and the series key columns');
});

test('a file whose line endings change part-way is read whole', async ({ page }) => {
  // Lines 1–151 end in CRLF, the rest in LF.
  await loadFixture(page, 'mixed-line-endings.csv');
  await expectSummary(page, { rows: 300, series: 2, observations: 300 });
  await expect(page.locator('[data-code="unparseable-number"], [data-code="rows-span-lines"]')).toHaveCount(
    0,
  );
});

test('a file with no readable sales column shows its columns to choose from, keeping the data before', async ({
  page,
}) => {
  await loadFixture(page, 'coded-brands.csv');
  await expectSummary(page, { rows: 330 });

  await loadFixture(page, 'unreadable-sales.csv');
  const alert = page.getByRole('alert').filter({ hasText: 'is not loaded yet' });
  await expect(alert).toContainText('"unreadable-sales.csv" is not loaded yet');
  await expect(alert).toContainText('"Infinity" on line 3, "n/a" on line 4');
  await expect(alert).toContainText('The data loaded before is still shown');
  const waiting = page.getByTestId('pending-mapping');
  await expect(waiting.getByTestId('file-preview')).toContainText('Infinity');
  await expect(page.getByTestId('dataset-summary')).toContainText('coded-brands.csv');
  await expect(page.getByTestId('map-date')).toHaveValue('date');
  await expect(page.getByTestId('map-series')).toHaveValues(['store']);

  await page.getByTestId('map-target').selectOption('sales');
  await expect(page.getByTestId('dataset-summary')).toContainText('unreadable-sales.csv');
  await expectSummary(page, { rows: 60, series: 2 });
  await expect(page.getByTestId('pending-mapping')).toHaveCount(0);
  await expect(page.locator('[data-code="unparseable-number"]')).toContainText(
    'Column "sales": 48 values could not be read as numbers',
  );
});
