import { test, expect } from './fixtures';
import { openForecastWithSample } from './steps';

const KEY = 'shelfcast.forecast-settings.v1';

test('the model setting survives a reload; an unknown saved model falls back to Auto with a note', async ({
  page,
}) => {
  await openForecastWithSample(page);
  const select = page.getByTestId('model-select');
  await select.selectOption({ label: 'Naive' });
  await page.reload();
  await openForecastWithSample(page);
  await expect(select).toHaveValue('naive');
  await expect(page.getByTestId('model-fallback-note')).toHaveCount(0);

  // A setting saved by another version names a model this one does not have.
  await page.evaluate(
    ([key]) => localStorage.setItem(key as string, JSON.stringify({ model: 'prophet', horizon: 14 })),
    [KEY],
  );
  await page.reload();
  await openForecastWithSample(page);
  await expect(select).toHaveValue('auto');
  const note = page.getByRole('status').filter({ hasText: 'prophet' });
  await expect(note).toHaveText(
    'The model “prophet” is not available in this version of Shelfcast, so Auto is selected instead.',
  );
  await expect(note).toHaveAttribute('data-testid', 'model-fallback-note');
  // The rest of what was saved still applies.
  await expect(page.getByTestId('horizon')).toHaveValue('14');
});
