import { test, expect } from './fixtures';
import { expectSummary, loadFixture } from './fixtures/files';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('changing the series keys and the sales column re-derives the summary', async ({ page }) => {
  await loadFixture(page, 'long-basic.csv');
  await expectSummary(page, { series: 4, observations: 40 });

  // Store alone as the key: the two items of each store are added up, and half the rows repeating
  // a date and series is an alert that names the missing key.
  await page.getByTestId('map-series').selectOption(['store']);
  await expectSummary(page, { rows: 40, series: 2, observations: 20 });
  await expect(
    page.getByRole('alert').filter({ hasText: 'Column "item" with the date and the series key columns' }),
  ).toBeVisible();

  await page.getByTestId('map-series').selectOption(['store', 'item']);
  await expectSummary(page, { series: 4, observations: 40 });

  // Another column as the sales: the series stay, the totals in the picker follow the new column.
  await page.getByTestId('map-target').selectOption('returns');
  await expect(page.getByTestId('map-target')).toHaveValue('returns');
  await expectSummary(page, { series: 4, observations: 40 });
  await expect(page.getByTestId('series-list').getByRole('button').first()).toContainText('5');
});

test('ambiguous day/month dates are flagged and the other order is one click away', async ({ page }) => {
  await loadFixture(page, 'ambiguous-dates.csv');
  await expectSummary(page, { rows: 24, series: 2, observations: 24 });
  const warning = page.getByTestId('ambiguous-dates');
  await expect(warning).toHaveAttribute('role', 'alert');
  await expect(warning).toContainText('day/month/year');
  const summary = page.getByTestId('dataset-summary');
  await expect(summary).toContainText('Jan 1, 2024 – Jan 12, 2024');
  await expect(summary).toContainText('Daily');

  await page.getByTestId('swap-date-order').click();
  await expect(summary).toContainText('Jan 1, 2024 – Dec 1, 2024');
  await expect(summary).toContainText('Monthly');
  await expect(warning).toContainText('month/day/year');
  await expectSummary(page, { series: 2, observations: 24 });
});

test('a mapping chosen once is applied again to the next file with the same columns', async ({ page }) => {
  await loadFixture(page, 'long-basic.csv');
  await page.getByTestId('map-series').selectOption(['store']);
  await expectSummary(page, { series: 2 });

  await loadFixture(page, 'long-basic.csv');
  await expect(
    page.getByRole('status').filter({ hasText: 'same columns as a file you loaded before' }),
  ).toBeVisible();
  await expectSummary(page, { series: 2 });
  await expect(page.getByTestId('map-series')).toHaveValues(['store']);
});

test('stock columns are recognised by name, kept out of the forecast inputs, and can be remapped', async ({
  page,
}) => {
  await loadFixture(page, 'stock-columns.csv');
  await expectSummary(page, { rows: 20, series: 2, observations: 20 });
  await expect(page.getByTestId('map-on-hand')).toHaveValue('on_hand');
  await expect(page.getByTestId('map-unit-cost')).toHaveValue('unit_cost');
  await expect(page.getByTestId('map-on-order')).toHaveValue('');
  // A stock column is not offered as a forecast input while it has a stock role.
  await expect(page.getByRole('checkbox', { name: 'on_hand', exact: true })).not.toBeChecked();

  await page.getByTestId('map-on-hand').selectOption('');
  await expect(page.getByTestId('map-on-hand')).toHaveValue('');
  await expectSummary(page, { rows: 20, series: 2 });
});

test('a column that restates the sales is left out of the covariates and says why; ticking it adds it', async ({
  page,
}) => {
  // revenue = sales × price: it moves with the sales, and the file has no future values for it.
  await loadFixture(page, 'revenue-column.csv');
  await expectSummary(page, { rows: 40, series: 2, observations: 40 });
  // "StateHoliday" names an event, though "state" is also a key word.
  await expect(page.getByTestId('covariate-StateHoliday')).toBeChecked();
  await expect(page.getByTestId('covariate-revenue')).not.toBeChecked();
  await expect(page.getByTestId('covariate-outcome-revenue')).toContainText(
    'Moves with the sales (correlation',
  );
  await expect(page.getByTestId('covariate-outcome-StateHoliday')).toHaveCount(0);
  // A holiday is a covariate but not the retailer's promotion; an unticked column cannot be one.
  await expect(page.getByTestId('covariate-promotion-StateHoliday')).not.toBeChecked();
  await expect(page.getByTestId('covariate-promotion-revenue')).toBeDisabled();

  await page.getByTestId('covariate-revenue').check();
  await expect(page.getByTestId('covariate-revenue')).toBeChecked();
  await expect(page.getByTestId('covariate-outcome-revenue')).toBeVisible();
});

test('dates split over a year and a month column are read together, and the page says so', async ({
  page,
}) => {
  // Spare parts by Year and Month, as a sheet kept by hand has them: no column holds a whole date.
  await loadFixture(page, 'year-month-parts.csv');
  await expectSummary(page, { rows: 144, series: 4, observations: 144 });
  await expect(page.getByTestId('dataset-summary')).toContainText('Monthly');
  await expect(page.getByTestId('dataset-summary')).toContainText('Jan 1, 2022');
  await expect(page.getByTestId('map-date')).toHaveValue('Year + Month');
  await expect(page.locator('[data-code="date-parts-joined"]')).toContainText(
    'the columns "Year", "Month" were read together as each row’s date',
  );
  // The parts are not series keys: one series per part.
  await expect(page.getByTestId('map-series')).toHaveValues(['Part']);
});

test('a promotion column is marked as your promotion, and the mark can be taken away', async ({ page }) => {
  await page.getByTestId('load-sample').click();
  await expectSummary(page, { series: 40 });
  await expect(page.getByTestId('covariate-promotion-promo')).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'promo is one of your promotions' })).toBeChecked();
  await expect(page.getByText('Tick “promotion” for your own promotions')).toBeVisible();

  await page.getByTestId('covariate-promotion-promo').uncheck();
  await expect(page.getByTestId('covariate-promotion-promo')).not.toBeChecked();
  // Still an input of the forecast: only its role changed.
  await expect(page.getByTestId('covariate-promo')).toBeChecked();
  await expectSummary(page, { series: 40 });
});
