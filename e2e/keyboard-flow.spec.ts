import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';

/** The test id of the focused element ('' for the page body or an element without one). */
const focusedTestId = (page: Page): Promise<string> =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');

/**
 * Presses Tab until the element with `testId` has the focus, and returns how many presses that
 * took; fails after `limit` presses (a trap, or a control the keyboard cannot reach).
 */
async function tabTo(page: Page, testId: string, limit: number, key = 'Tab'): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press(key);
    if ((await focusedTestId(page)) === testId) return presses;
  }
  throw new Error(
    `${testId} not reached in ${limit} ${key} presses (focus on "${await focusedTestId(page)}")`,
  );
}

// No mouse from start to end: only Tab, Enter, Space and the arrow keys drive the page.
test('the whole flow by keyboard alone: load the sample, forecast it, download the forecasts, plan stock and download the orders', async ({
  page,
}) => {
  test.setTimeout(360_000);
  await page.goto('/');

  // The sample button is among the first stops of the page.
  expect(await tabTo(page, 'load-sample', 15)).toBeLessThanOrEqual(15);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('dataset-summary')).toBeVisible();
  // Focus goes to what was loaded, not back to the page body, and the way on is a few stops away.
  expect(await focusedTestId(page)).not.toBe('load-sample');
  await expect(page.locator('body')).not.toBeFocused();
  expect(await tabTo(page, 'next-forecast', 5)).toBeLessThanOrEqual(5);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('train')).toBeVisible();

  await tabTo(page, 'train', 60);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('training-progress')).toHaveAttribute('data-state', 'done', {
    timeout: 180_000,
  });
  // The verdict takes the focus when the run ends; the export is reached from there by Tab.
  await expect(page.getByTestId('forecast-headline')).toBeFocused();
  await tabTo(page, 'export-forecasts', 250);
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  const [header, first] = text.split('\n');
  expect(header).toBe('series_id,date,model,forecast,p10,p50,p90');
  expect(first).toMatch(/^[^,]+,\d{4}-\d{2}-\d{2},auto\([\w-]+\),/);

  // The arrow keys choose the band like any select: the chart and copy follow without a re-run.
  await tabTo(page, 'interval-level', 20);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('interval-level')).toHaveValue('0.9');

  // Space switches the chart to all history: its date labels move back.
  const allHistory = page.getByRole('checkbox', { name: 'All history' });
  const ticks = page.getByTestId('forecast-chart').locator('text.forecast-plot__tick');
  const recent = await ticks.allTextContents();
  for (let presses = 0; !(await allHistory.evaluate((box) => box === document.activeElement)); presses++) {
    expect(presses, 'Tab presses to the All history switch').toBeLessThan(80);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  await expect(allHistory).toBeChecked();
  await expect.poll(() => ticks.allTextContents()).not.toEqual(recent);

  // Back up to the way on, then plan stock: the KPI heading takes the focus when the plan ends (the
  // run button is disabled while it runs), and the order list is a few Shift+Tab stops back.
  await tabTo(page, 'next-inventory', 300, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await tabTo(page, 'run-inventory', 80);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('kpi-table')).toBeVisible({ timeout: 150_000 });
  await expect(page.locator('#inventory-kpis-title')).toBeFocused();
  await tabTo(page, 'export-orders', 20, 'Shift+Tab');
  const [orders]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  const orderText = await readFile(await orders.path(), 'utf8');
  expect(orderText.split('\n')[0]).toBe('series_id,order_date,quantity,reorder_point,order_up_to,policy');

  // Asked for less motion, nothing on the page slides or animates (the progress bar included).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('*')]
      .filter((element) => {
        const style = getComputedStyle(element);
        const lasts = (durations: string) => durations.split(',').some((d) => parseFloat(d) > 0);
        return (
          lasts(style.transitionDuration) ||
          (style.animationName !== 'none' && lasts(style.animationDuration))
        );
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  );
  expect(moving).toEqual([]);
});
