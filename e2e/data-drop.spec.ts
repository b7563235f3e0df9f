import { readFileSync } from 'node:fs';
import { test } from './fixtures';
import { expectSummary, fixturePath } from './fixtures/files';

test('a file dropped anywhere on the page is loaded like a chosen one', async ({ page }) => {
  await page.goto('/');
  const text = readFileSync(fixturePath('long-basic.csv'), 'utf8');
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'dropped.csv', { type: 'text/csv' }));
    return data;
  }, text);
  // Drop on the page footer, far from the load panel: the whole page is a drop target.
  const target = page.locator('.app-footer');
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
  await expectSummary(page, { rows: 40, series: 4, observations: 40 });
  await page.getByText('dropped.csv').first().waitFor();
});
