import { writeFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { expectSummary, loadFixture } from './fixtures/files';

/** A long CSV (~100 MB) written at test time, so reading it takes long enough to watch and cancel. */
function writeBigCsv(path: string): void {
  const days = Array.from({ length: 1000 }, (_, day) => {
    const date = new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);
    return `${date},STORE_1,ITEM_0001,${day % 17}\n`;
  }).join('');
  const block = days.repeat(100);
  writeFileSync(path, 'date,store,item,sales\n' + block.repeat(28));
}

test('a long import shows its progress and can be cancelled, keeping the data already loaded', async ({
  page,
}, testInfo) => {
  const bigFile = testInfo.outputPath('big.csv');
  writeBigCsv(bigFile);
  await page.goto('/');
  await loadFixture(page, 'long-basic.csv');
  await expectSummary(page, { rows: 40 });

  await page.getByTestId('file-input').setInputFiles(bigFile);
  const progress = page.getByTestId('import-progress');
  await expect(progress).toHaveAttribute('role', 'progressbar');
  await expect(page.getByText(/of \d+(\.\d)? MB/)).toBeVisible();
  await page.getByTestId('cancel-import').click();

  await expect(page.getByRole('status').filter({ hasText: 'Import of "big.csv" cancelled' })).toBeVisible();
  await expect(progress).toHaveCount(0);
  await expectSummary(page, { rows: 40, series: 4, observations: 40 });
});
