import { test, expect } from './fixtures';
import { openForecastWithSample } from './steps';

test('the page says when planned prices and promotions do not reach the end of the horizon', async ({
  page,
}) => {
  await openForecastWithSample(page);

  // The synthetic sample plans 28 days of prices and promotions: enough for the default horizon.
  await expect(page.getByTestId('horizon')).toHaveValue('28');
  await expect(page.getByTestId('plan-note')).toHaveCount(0);

  await page.getByTestId('horizon').fill('35');
  const note = page.getByTestId('plan-note');
  await expect(note).toHaveAttribute('role', 'status');
  await expect(note).toContainText('for 40 series');
  await expect(note).toContainText('usual recent values');
});
