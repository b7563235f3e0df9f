import { test, expect } from './fixtures';
import { expectSummary, loadFixture } from './fixtures/files';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('a long CSV chosen through the file input shows its rows, series and observations', async ({ page }) => {
  await loadFixture(page, 'long-basic.csv');
  await expectSummary(page, { rows: 40, series: 4, observations: 40 });
  const summary = page.getByTestId('dataset-summary');
  await expect(summary).toContainText('long-basic.csv');
  await expect(summary).toContainText('Mar 1, 2024 – Mar 10, 2024');
  await expect(summary).toContainText('Daily');
  await expect(page.getByTestId('map-target')).toHaveValue('units');
});

test('the sample data loads with one click and can be explored', async ({ page }) => {
  await page.getByTestId('load-sample').click();
  // 2 stores × 20 items, daily over 2024–2025 (731 days) plus 28 plan days each.
  await expectSummary(page, { rows: 30_360, series: 40, observations: 29_240 });
  await expect(page.getByTestId('dataset-summary')).toContainText('Jan 1, 2024 – Dec 31, 2025');
  await expect(page.getByTestId('series-list').getByRole('button')).not.toHaveCount(0);
  await page.getByTestId('series-search').fill('STORE_2 ITEM_07');
  await page
    .getByTestId('series-list')
    .getByRole('button', { name: /STORE_2\/ITEM_07/ })
    .click();
  await expect(page.locator('#history-title')).toHaveText('STORE_2/ITEM_07');
});

test('the Australian retail sample loads as monthly data', async ({ page }) => {
  await page.getByTestId('load-sample-aus-retail').click();
  await expectSummary(page, { rows: 25_052, series: 152 });
  await expect(page.getByTestId('dataset-summary')).toContainText('Monthly');
});

test('a semicolon file with decimal commas and thousands dots reads its numbers', async ({ page }) => {
  await loadFixture(page, 'decimal-comma.csv');
  await expectSummary(page, { rows: 28, series: 2, observations: 28 });
  await expect(page.getByTestId('map-target')).toHaveValue('Umsatz');
  await expect(page.getByTestId('dataset-summary')).toContainText('Jan 15, 2024 – Jan 28, 2024');
  // Values like "1.037,25" read as numbers: nothing is reported unreadable.
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a wide file with one column per date is pivoted to observations', async ({ page }) => {
  await loadFixture(page, 'wide-dates.csv');
  await expectSummary(page, { rows: 3, series: 3, observations: 18 });
  const summary = page.getByTestId('dataset-summary');
  await expect(summary).toContainText('pivoted from wide');
  await expect(summary).toContainText('Weekly');
});

test('an Excel workbook is read from its first sheet, with its date cells as dates', async ({ page }) => {
  await loadFixture(page, 'sales.xlsx');
  await expectSummary(page, { rows: 8, series: 2, observations: 8 });
  await expect(page.getByTestId('dataset-summary')).toContainText('Jan 1, 2024 – Jan 4, 2024');
  await expect(page.getByTestId('sheet-select')).toHaveValue('Sales');
  await expect(page.getByTestId('sheet-select').locator('option')).toHaveText(['Sales', 'Notes']);

  // The second sheet holds no sales table: it is refused and the first sheet's data stays.
  await page.getByTestId('sheet-select').selectOption('Notes');
  await expect(page.getByRole('alert').filter({ hasText: '"sales.xlsx" was not loaded' })).toBeVisible();
  await expectSummary(page, { rows: 8, series: 2, observations: 8 });
  await expect(page.getByTestId('sheet-select')).toHaveValue('Sales');
});
