import { test, expect } from './fixtures';
import { openForecastWithSample } from './steps';

test('cancel stops a run at once and the page stays usable for the next one', async ({ page }) => {
  await openForecastWithSample(page);

  await page.getByTestId('train').click();
  const progress = page.getByTestId('training-progress');
  await expect(progress).toHaveAttribute('data-state', 'running');
  await page.getByTestId('cancel').click();
  await expect(progress).toHaveAttribute('data-state', 'cancelled');
  await expect(page.getByTestId('cancel')).toHaveCount(0);
  await expect(progress).toContainText('Cancelled after');

  await page.getByTestId('model-select').selectOption({ label: 'Seasonal naive' });
  await expect(page.getByTestId('train')).toBeEnabled();
  await page.getByTestId('train').click();
  await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 50_000 });
  await expect(progress).toContainText('40 of 40 series');
  await expect(page.getByTestId('metrics-table').locator('tbody tr[data-model="snaive"]')).toHaveCount(1);
});
