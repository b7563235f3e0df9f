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

test('rows that do not fit the header and blank lines are reported with their lines, and the rest loads', async ({
  page,
}) => {
  await page.goto('/');
  const csv = [
    'date,item,sales',
    '2024-01-01,a,1',
    '',
    '2024-01-02,a,2,9',
    '2024-01-03,a',
    ...Array.from({ length: 12 }, (_, i) => `2024-01-${String(i + 4).padStart(2, '0')},a,${i % 4}`),
  ].join('\n');
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'ragged.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expectSummary(page, { rows: 15, series: 1 });
  await expect(page.locator('[data-code="extra-fields"]')).toHaveText(
    '1 row has more fields than the header (line 4); the extra values were ignored.',
  );
  await expect(page.locator('[data-code="missing-fields"]')).toContainText('line 5');
  await expect(page.locator('[data-code="blank-lines"]')).toHaveText('1 blank line was skipped (line 3).');
});
