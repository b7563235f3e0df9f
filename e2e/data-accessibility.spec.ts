import { test, expect } from './fixtures';
import { expectSummary, loadFixture } from './fixtures/files';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('"Choose a file…" shows a focus ring when reached with the keyboard', async ({ page }) => {
  const input = page.getByTestId('file-input');
  for (
    let tab = 0;
    tab < 15 && !(await input.evaluate((element) => element === document.activeElement));
    tab++
  )
    await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  const label = page.locator('label', { has: input });
  await expect(label).toHaveCSS('outline-style', 'solid');
});

test('the history chart has a name, one tab stop and a text alternative', async ({ page }) => {
  await loadFixture(page, 'coded-brands.csv');
  await expect(page.getByTestId('dataset-summary')).toBeVisible();
  await page.getByTestId('series-list').getByRole('button').first().click();
  const chart = page.getByTestId('history-chart');
  // The sales chart, and a small chart per covariate (price, deal) under it.
  await expect(chart.locator('.history__covariate')).not.toHaveCount(0);
  await expect(chart.getByRole('application', { name: /^Chart of sales: / })).toHaveCount(1);
  await expect(chart.locator('[tabindex]:not([tabindex="-1"])')).toHaveCount(1);
  await expect(chart.getByTestId('history-summary')).toContainText(
    /: sales from Mar 1, 2024 to Mar 10, 2024, 10 periods with a value, .* Drawn below: .*price/,
  );
});

test('series keys are shown as written, not with the export escaping', async ({ page }) => {
  await loadFixture(page, 'slash-keys.csv');
  await expectSummary(page, { series: 2 });
  const list = page.getByTestId('series-list');
  await expect(list).toContainText('2/1');
  await expect(list).not.toContainText('\\');
  await page.getByTestId('series-search').fill('2/1');
  await list.getByRole('button', { name: /^2\/1/ }).click();
  await expect(page.locator('#history-title')).toHaveText('2/1');
});
