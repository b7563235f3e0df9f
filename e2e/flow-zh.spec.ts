import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { downloadedText } from './steps';

const CHINESE = /[\u4e00-\u9fff]/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A plain number as the exports write it: dot decimals, no thousands separators. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** A date as the page writes it in Chinese (Intl), e.g. 2024年3月5日. */
const CHINESE_DATE = /\d{4}年\d{1,2}月\d{1,2}日/;

/** The language choice sits in the page header on every step, still set to Chinese. */
async function expectChineseHeader(page: Page): Promise<void> {
  await expect(page.getByRole('banner').getByTestId('lang-select')).toHaveValue('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

async function expectChinese(locator: Locator): Promise<void> {
  await expect(locator).toBeVisible();
  await expect(locator).toContainText(CHINESE);
}

/** The rows of an export (header left out), as cells; the keys in this sample hold no comma. */
function rows(text: string): string[][] {
  return text
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
}

// One forecast run and one plan serve the whole flow.
test('the whole flow in Chinese: data, forecast and inventory speak Chinese, and the exports stay machine-readable', async ({
  page,
}) => {
  test.setTimeout(420_000);
  await page.goto('/');
  await page.getByTestId('lang-select').selectOption('zh-CN');
  await expectChineseHeader(page);

  // Data
  await expectChinese(page.getByTestId('load-sample'));
  await page.getByTestId('load-sample').click();
  await expectChinese(page.getByTestId('dataset-summary'));
  await expect(page.getByTestId('next-forecast')).toHaveText('下一步：预测');
  await page.getByTestId('next-forecast').click();

  // Forecast
  await expectChineseHeader(page);
  await expectChinese(page.getByTestId('train'));
  await page.getByTestId('train').click();
  await expect(page.getByTestId('training-progress')).toHaveAttribute('data-state', 'done', {
    timeout: 180_000,
  });
  await expect(page.getByTestId('forecast-headline')).toHaveText(/^通常误差约为/);
  await expectChinese(page.getByTestId('forecast-summary'));
  await expectChinese(page.getByTestId('forecast-table'));
  await expectChinese(page.getByTestId('metrics-table'));
  await expectChineseHeader(page);
  // The page writes dates the Chinese way; the row keeps the ISO date, as the export does.
  const firstPeriod = page.getByTestId('forecast-table').locator('tbody tr').first();
  await expect(firstPeriod.locator('th')).toHaveText(CHINESE_DATE);
  await expect(firstPeriod).toHaveAttribute('data-date', ISO_DATE);

  // A series' chart explains its model in Chinese too: forms and parameters are worded by the page.
  await page.getByTestId('outlook-focus').selectOption('series');
  const details = page.locator('details.explanation');
  await details.getByText('详情：预测的依据').click();
  await expect(details.locator('.explanation__model').first()).toContainText(CHINESE);
  await expect(details).not.toContainText(
    /Seasonal naive|Moving average|Naive|with drift|non-zero mean|global network|regressors|Day:|Month:|Level|Intercept/,
  );
  await page.getByTestId('outlook-focus').selectOption('total');

  const forecasts = await downloadedText(page, 'export-forecasts');
  expect(forecasts.name).toMatch(/\d{4}-\d{2}-\d{2}.*\.csv$/);
  expect(forecasts.text.split('\n')[0]).toBe('series_id,date,model,forecast,p10,p50,p90');
  const forecastRows = rows(forecasts.text);
  expect(forecastRows.length).toBeGreaterThan(0);
  for (const [, date, model, ...numbers] of forecastRows) {
    expect(date).toMatch(ISO_DATE);
    expect(model).toMatch(/^auto\([\w-]+\)$/);
    for (const value of numbers) expect(value).toMatch(PLAIN_NUMBER);
  }
  const metrics = await downloadedText(page, 'export-metrics');
  expect(metrics.text).not.toMatch(CHINESE);
  expect(metrics.text).toMatch(/\d\.\d/);
  expect(metrics.text).not.toMatch(/\d，\d/);

  await expect(page.getByTestId('next-inventory')).toHaveText('下一步：库存');
  await page.getByTestId('next-inventory').click();

  // Inventory
  await expectChinese(page.getByTestId('run-inventory'));
  await page.getByTestId('run-inventory').click();
  // Planning re-fits a model per series: slow on a loaded machine.
  await expect(page.getByTestId('kpi-table')).toBeVisible({ timeout: 180_000 });
  await expect(page.getByTestId('kpi-table')).toContainText('满足率');
  await expectChineseHeader(page);
  await expect(page.getByTestId('order-table').locator('tbody tr').first()).toContainText(CHINESE_DATE);

  const orders = await downloadedText(page, 'export-orders');
  expect(orders.name).toMatch(/\.csv$/);
  expect(orders.text.split('\n')[0]).toBe('series_id,order_date,quantity,reorder_point,order_up_to,policy');
  const orderRows = rows(orders.text);
  expect(orderRows.length).toBeGreaterThan(0);
  for (const [, date, quantity, reorderPoint, orderUpTo, policy] of orderRows) {
    expect(date).toMatch(ISO_DATE);
    expect(quantity).toMatch(PLAIN_NUMBER);
    if (reorderPoint !== '') expect(reorderPoint).toMatch(PLAIN_NUMBER);
    expect(orderUpTo).toMatch(PLAIN_NUMBER);
    expect(policy).toMatch(/^(sQ|sS|RS|base_stock|newsvendor|naive)$/);
  }
});
