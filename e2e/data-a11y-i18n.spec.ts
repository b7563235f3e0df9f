import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Serious and critical axe violations on the page as it is now, one line each, for a readable failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

async function loadSample(page: Page): Promise<string> {
  await page.getByTestId('load-sample').click();
  const rows = page.getByTestId('summary-rows');
  await expect(rows).toHaveAttribute('data-value', /^\d+$/);
  return (await rows.getAttribute('data-value')) ?? '';
}

async function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

test('the Data step with the sample has no serious axe violations, in English and in Chinese', async ({
  page,
}) => {
  await page.goto('/');
  const rows = await loadSample(page);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByTestId('lang-select').selectOption('zh-CN');
  const summary = page.getByTestId('dataset-summary');
  await expect(summary).toContainText('已读取行数');
  await expect(summary).toContainText('下一步：预测');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('载入另一个文件');
  // The figures are the same data; only their words changed.
  await expect(page.getByTestId('summary-rows')).toHaveAttribute('data-value', rows);
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the Data step and About never scroll sideways, and the header shows all three steps', async ({
    page,
  }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Steps' });
    for (const step of ['Data', 'Forecast', 'Inventory']) {
      const box = await nav.getByRole('button', { name: step }).boundingBox();
      expect(box, step).not.toBeNull();
      expect(box!.x, step).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, step).toBeLessThanOrEqual(390);
    }
    expect(await pageScrollsSideways(page)).toBe(false);

    // The sample buttons sit below the file button, not over it.
    const choose = await page.locator('.load-panel__choose').boundingBox();
    const sample = await page.getByTestId('load-sample').boundingBox();
    expect(sample!.y).toBeGreaterThanOrEqual(choose!.y + choose!.height);

    await loadSample(page);
    // The preview of a wide file scrolls inside its own box, which the keyboard can reach.
    await expect(page.getByTestId('file-preview')).toHaveAttribute('tabindex', '0');
    expect(await pageScrollsSideways(page)).toBe(false);

    await page.getByTestId('lang-select').selectOption('zh-CN');
    expect(await pageScrollsSideways(page)).toBe(false);

    await page.getByRole('button', { name: '关于与隐私' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于 Shelfcast');
    expect(await pageScrollsSideways(page)).toBe(false);
    await page.getByTestId('lang-select').selectOption('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Shelfcast');
    expect(await pageScrollsSideways(page)).toBe(false);
  });
});

test('by keyboard alone: load the sample, then Next lands on the Forecast step with focus on its heading', async ({
  page,
}) => {
  await page.goto('/');
  const sample = page.getByTestId('load-sample');
  for (let tab = 0; tab < 15 && !(await sample.evaluate((el) => el === document.activeElement)); tab++)
    await page.keyboard.press('Tab');
  await expect(sample).toBeFocused();
  await page.keyboard.press('Enter');

  // After the load, focus is on the summary; Next is a few Tab presses away.
  await expect(page.locator('#summary-title')).toBeFocused();
  const next = page.getByRole('button', { name: 'Next: Forecast' });
  let presses = 0;
  while (presses < 3 && !(await next.evaluate((el) => el === document.activeElement))) {
    await page.keyboard.press('Tab');
    presses++;
  }
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');

  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/Forecast/);
  await expect(heading).toBeFocused();
  await expect(
    page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Forecast/ }),
  ).toHaveAttribute('aria-current', 'step');
});
