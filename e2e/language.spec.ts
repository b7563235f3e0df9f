import { expect, test } from '@playwright/test';

test.describe('language', () => {
  test('the header switches the page to Chinese at once and the choice survives a reload', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const select = page.getByTestId('lang-select');
    await expect(select.locator('option')).toHaveText(['English', '简体中文']);
    expect(
      await select
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
    ).toEqual(['en', 'zh-CN']);

    await select.selectOption('zh-CN');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('navigation')).toContainText('预测');

    await page.reload();
    await expect(page.getByTestId('lang-select')).toHaveValue('zh-CN');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});

test.describe('a Chinese browser', () => {
  test.use({ locale: 'zh-TW' });

  test('opens in Simplified Chinese', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('lang-select')).toHaveValue('zh-CN');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});
