import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { downloadedText, openForecastWithSample } from './steps';

/** The forecast export's rows as [series_id, date, model, forecast, p10, p50, p90]. */
const rowsOf = (text: string): string[][] =>
  text
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));

const numberOf = async (page: Page, testId: string, attribute: string): Promise<number> =>
  Number(await page.getByTestId(testId).getAttribute(attribute));

/**
 * Every date label of the chart lies inside the chart's drawing, once the chart has laid itself out
 * again after a resize (it follows its container's size a frame or two later; measured in the
 * middle of that, a label could belong to the old width).
 */
async function expectDateLabelsInside(page: Page): Promise<void> {
  const svg = page.getByTestId('forecast-chart').locator('svg');
  await expect(async () => {
    const frame = await svg.boundingBox();
    const labels = svg.locator('text.forecast-plot__tick[text-anchor]');
    const count = await labels.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const box = await labels.nth(i).boundingBox();
      if (frame === null || box === null) throw new Error('chart not drawn');
      expect(box.x).toBeGreaterThanOrEqual(frame.x - 0.5);
      expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
    }
  }).toPass({ timeout: 5_000 });
}

test('the total forecast: summary equals the export, its band follows the Interval, chart and table open on it', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await openForecastWithSample(page);
  await page.getByTestId('train').click();
  const progress = page.getByTestId('training-progress');
  await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 120_000 });

  // The point total is the sum of every exported forecast (closed days are 0 in both).
  const exported = rowsOf((await downloadedText(page, 'export-forecasts')).text);
  const exportedTotal = exported.reduce((sum, row) => sum + Number(row[3]), 0);
  const total = page.getByTestId('forecast-summary-total');
  await expect(total).toContainText(
    /Next 28 days .*, all 40 series together: about [\d,]+ sales in total, likely between [\d,]+ and [\d,]+/,
  );
  const point = await numberOf(page, 'forecast-summary-total', 'data-value');
  expect(Math.abs(point - exportedTotal) / exportedTotal).toBeLessThan(1e-6);
  const low80 = await numberOf(page, 'forecast-summary-total', 'data-low');
  const high80 = await numberOf(page, 'forecast-summary-total', 'data-high');
  expect(low80).toBeLessThan(point);
  expect(high80).toBeGreaterThan(point);
  // The range of the sum is narrower than the series' p10–p90 added up.
  expect(low80).toBeGreaterThan(exported.reduce((sum, row) => sum + Number(row[4]), 0));
  expect(high80).toBeLessThan(exported.reduce((sum, row) => sum + Number(row[6]), 0));
  // The summary also speaks for one series (the top seller until one is picked).
  await expect(page.getByTestId('forecast-summary-series')).toContainText('top seller');

  // The chart and the table open on the total; the table has one row per future period.
  await expect(page.getByTestId('outlook-focus')).toHaveValue('total');
  await expect(page.getByTestId('forecast-chart')).toHaveAttribute('data-view', 'total');
  await expect(page.getByTestId('forecast-chart').locator('.forecast-plot__axis-label')).toHaveText('sales');
  const rows = page.getByTestId('forecast-table').locator('tbody tr');
  await expect(rows).toHaveCount(28);
  const perPeriod = await rows.evaluateAll((trs) =>
    trs.map((tr) => Number(tr.querySelector('td')?.getAttribute('data-value'))),
  );
  expect(Math.abs(perPeriod.reduce((a, b) => a + b, 0) - point) / point).toBeLessThan(1e-9);
  // The chart names the table as its text alternative.
  const describedBy = await page
    .getByTestId('forecast-chart')
    .getByRole('application')
    .getAttribute('aria-describedby');
  await expect(page.locator(`[id="${describedBy}"]`)).toContainText('total of all series');
  await expectDateLabelsInside(page);

  // A wider Interval widens the band without a re-run.
  await page.getByTestId('interval-level').selectOption('0.95');
  await expect.poll(() => numberOf(page, 'forecast-summary-total', 'data-low')).toBeLessThan(low80);
  expect(await numberOf(page, 'forecast-summary-total', 'data-high')).toBeGreaterThan(high80);
  expect(await numberOf(page, 'forecast-summary-total', 'data-value')).toBe(point);
  await expect(total).toContainText('95% range');
  await expect(progress).toHaveAttribute('data-state', 'done');

  // Sorting by the forecast column, from the keyboard.
  const forecastHeader = page.getByTestId('forecast-table').locator('th[data-column="forecast"]');
  await forecastHeader.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(forecastHeader).toHaveAttribute('aria-sort', 'ascending');
  await page.keyboard.press('Enter');
  await expect(forecastHeader).toHaveAttribute('aria-sort', 'descending');
  const sorted = await rows.evaluateAll((trs) =>
    trs.map((tr) => Number(tr.querySelector('td')?.getAttribute('data-value'))),
  );
  expect(sorted).toEqual([...perPeriod].sort((a, b) => b - a));

  await page.setViewportSize({ width: 1920, height: 1000 });
  await expectDateLabelsInside(page);
});
