import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openForecastWithSample } from './steps';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Serious and critical axe violations on the page as it is, with where they are. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

const horizontalOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// One finished run of the sample serves every check: forecasting it takes 15–30 s on a loaded machine.
test('the finished Forecast step: headline in words, next action, axe-clean in English and Chinese, no sideways scroll at 390 px', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openForecastWithSample(page);
  await page.getByTestId('train').click();
  const progress = page.getByTestId('training-progress');
  await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 150_000 });

  // The first thing after the run says how good the forecast is, in words, and takes the focus.
  const headline = page.getByTestId('forecast-headline');
  await expect(headline).toHaveText(/^Typically off by about \d+(\.\d)?% \(WAPE\); /);
  await expect(headline).toBeFocused();
  await expect(page.getByTestId('forecast-verdict')).toContainText('How Auto chooses');
  await expect(page.getByTestId('metrics-table')).toBeVisible();
  const scrollBox = page.getByRole('region', { name: 'Leaderboard table (scrolls sideways)' });
  await expect(scrollBox).toHaveAttribute('tabindex', '0');
  // Every measure has a plain explanation a keyboard reaches.
  const glossary = page.getByTestId('measure-glossary');
  await glossary.getByText('What the measures and parts mean').click();
  await expect(glossary).toContainText('Weighted absolute percentage error');
  await expect(page.getByTestId('next-inventory')).toHaveText('Next: Inventory');

  expect(await seriousViolations(page)).toEqual([]);

  await page.getByTestId('lang-select').selectOption('zh-CN');
  await expect(headline).toHaveText(/^通常误差约为 \d+(\.\d)?%（WAPE）/);
  await expect(page.getByTestId('next-inventory')).toHaveText('下一步：库存');
  await expect(page.getByRole('heading', { name: '排行榜' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.getByTestId('lang-select').selectOption('en');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

  // The way forward leads to the Inventory step.
  await page.getByTestId('next-inventory').click();
  await expect(page.getByTestId('run-inventory')).toBeVisible();
});
