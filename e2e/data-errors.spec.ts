import { test, expect } from './fixtures';
import { expectSummary, loadFixture } from './fixtures/files';

const BROKEN = [
  { file: 'only-header.csv', why: /no data rows|only a header|header/i },
  { file: 'binary.csv', why: /binary|not a text|text file/i },
  { file: 'no-dates.csv', why: /No column reads as dates \(columns: store, item, sales\)/ },
];

for (const { file, why } of BROKEN) {
  test(`${file} is refused with a reason and the previous data stays`, async ({ page }) => {
    await page.goto('/');
    await loadFixture(page, 'long-basic.csv');
    await expectSummary(page, { rows: 40, series: 4 });

    await loadFixture(page, file);
    const alert = page.getByRole('alert').filter({ hasText: 'was not loaded' });
    await expect(alert).toContainText(file);
    await expect(alert).toContainText(why);
    await expect(alert).toContainText('The data loaded before is still shown');
    await expectSummary(page, { rows: 40, series: 4, observations: 40 });
    await expect(page.getByTestId('dataset-summary')).toContainText('long-basic.csv');

    // The app keeps working: the mapping of the previous file still re-derives.
    await page.getByTestId('map-series').selectOption(['store']);
    await expectSummary(page, { series: 2 });
  });
}

test('an empty file is refused before it is read', async ({ page }) => {
  await page.goto('/');
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
  await expect(page.getByRole('alert')).toContainText('"empty.csv" was not loaded');
  await expect(page.getByTestId('dataset-summary')).toHaveCount(0);
});
