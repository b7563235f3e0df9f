import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openForecastWithSample } from './steps';

/** Serious or critical axe violations on the page (header and Inventory step), by rule id and where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

/**
 * Elements of the Inventory step that reach past the right edge of the screen, outside the boxes
 * that scroll on their own (the app's header is the shell's, checked by its own spec).
 */
const pastTheEdge = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.inventory-step, .inventory-step *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((element) => element.closest('.table-scroll') === null)
      .slice(0, 8)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  );

test('the Inventory step in English and Chinese: axe finds nothing serious, and on a phone the step never reaches past the screen', async ({
  page,
}) => {
  test.setTimeout(360_000);
  // One forecast and one plan serve every check below.
  await openForecastWithSample(page);
  await page.getByTestId('train').click();
  await expect(page.getByTestId('training-progress')).toHaveAttribute('data-state', 'done', {
    timeout: 150_000,
  });
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: /Inventory/ })
    .click();
  await page.getByTestId('run-inventory').click();
  // Planning re-fits a model per series: slow on a loaded machine.
  await expect(page.getByTestId('kpi-table')).toBeVisible({ timeout: 150_000 });
  await expect(page.getByTestId('inventory-chart')).toBeVisible();
  await expect(page.getByTestId('inventory-trade-off')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('kpi-table')).toContainText('Fill rate');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByTestId('lang-select').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const table = page.getByTestId('kpi-table');
  await expect(table).toContainText('满足率');
  await expect(table).toContainText('服务水平');
  // Policy codes stay as they are; numbers keep their unrounded values whatever the language.
  await expect(page.getByTestId('order-table').locator('tbody tr').first()).toContainText(
    /sQ|sS|RS|base_stock|newsvendor|naive/,
  );
  const fill = await table
    .locator('tr[data-policy="total"] td[data-kpi="fillRate"]')
    .getAttribute('data-value');
  expect(Number(fill)).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { name: '该订多少货' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  expect(await pastTheEdge(page)).toEqual([]);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  // The wide tables scroll inside their own box, which the keyboard can reach.
  const box = page.getByRole('region', { name: '订货清单' });
  await expect(box).toHaveAttribute('tabindex', '0');
  expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await page.getByTestId('lang-select').selectOption('en');
  expect(await pastTheEdge(page)).toEqual([]);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page)).toEqual([]);
});
