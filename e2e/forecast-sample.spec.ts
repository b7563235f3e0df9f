import { test, expect } from './fixtures';
import { openForecastWithSample } from './steps';

test('Auto forecasts the bundled sample: progress, leaderboard, chart and explanation', async ({ page }) => {
  test.setTimeout(120_000);
  await openForecastWithSample(page);

  await expect(page.getByTestId('horizon')).toHaveValue('28');
  await expect(page.getByTestId('model-select')).toHaveValue('auto');
  await page.evaluate(() => {
    const longest = { ms: 0 };
    (window as unknown as { longestTask: typeof longest }).longestTask = longest;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.getByTestId('train').click();
  const progress = page.getByTestId('training-progress');
  await expect(progress).toHaveAttribute('data-state', 'running');
  await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 100_000 });
  await expect(progress).toContainText('40 of 40 series');
  const table = page.getByTestId('metrics-table');
  await expect(table.locator('tbody tr[data-model="auto"]')).toHaveCount(1);
  await expect(table.locator('tbody tr[data-model="snaive"]')).toHaveCount(1);
  await expect(table).toContainText('Test (scored once, after the choice)');
  // The bands are calibrated over the whole catalogue at the end, and their test coverage is reported.
  const coverage = page.getByTestId('interval-coverage');
  await expect(coverage).toContainText(
    /80% band 8 times out of 10\. On the test part it held \d+% of actual sales/,
  );
  const share = Number(await coverage.getAttribute('data-value'));
  expect(share).toBeGreaterThan(0.6);
  expect(share).toBeLessThanOrEqual(1);
  // Auto's reason per series: the sample's prices are planned (plan rows) and change over its
  // history, so the combination's median is averaged with AR-X, the model that reads them.
  const seriesTable = page.locator('.series-table');
  await seriesTable.getByRole('searchbox').fill('STORE_1/ITEM_01');
  await expect(seriesTable.locator('tbody tr')).toHaveCount(1);
  await expect(seriesTable.locator('.series-table__why')).toContainText(
    /^Combination \(median of .+, averaged with AR-X, which reads the planned prices and promotions; the median alone was not lower consistently\)/,
  );
  await expect(seriesTable.locator('.series-table__form')).toContainText(
    /^Median of .+, averaged with AR-X \(/,
  );
  await seriesTable.getByRole('searchbox').fill('');
  // The chart opens on the total; a series' chart explains its model.
  await expect(page.getByTestId('forecast-chart')).toHaveAttribute('data-view', 'total');
  await expect(page.getByTestId('forecast-chart').getByRole('application')).toBeVisible();
  await page.getByTestId('outlook-focus').selectOption('series');
  await expect(page.getByTestId('forecast-chart').getByRole('application')).toBeVisible();
  await expect(page.getByText('What drove the forecast')).toBeVisible();
  // The fitting happens in workers: the page never blocks for long while results stream in, nor
  // while the final results and the chart are drawn (read once they are on the page).
  const longestTask = await page.evaluate(
    () => (window as unknown as { longestTask: { ms: number } }).longestTask.ms,
  );
  // Results refresh in small pieces and the chart is plain SVG: run alone (as CI does, one worker),
  // no task reaches the 50 ms the observer reports. Before, the first chart render alone took
  // 400–800 ms here: 300 ms catches that. Beside a second spec whose worker pool shares a loaded
  // 2-core machine, a starved main thread has shown 200–430 ms.
  expect(longestTask).toBeLessThan(300);

  await page.screenshot({ path: 'test-results/forecast-sample.png', fullPage: true });
});
