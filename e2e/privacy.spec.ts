import { test as unguarded, expect as plainExpect } from '@playwright/test';
import { test, expect } from './fixtures';

test('the built app carries its Content-Security-Policy in a meta tag and in headers', async ({ page }) => {
  const response = await page.goto('/');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toContain("default-src 'self'");
  expect(header).toContain("connect-src 'self'");
  expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("object-src 'none'");
  expect(meta).toContain("base-uri 'none'");
  expect(meta).toContain("form-action 'none'");
});

// Without the guard (which would fail on the violation this test provokes on purpose).
unguarded('the policy blocks a request to another origin before it leaves the page', async ({ page }) => {
  const leaked: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith('https://example.com')) leaked.push(request.url());
  });
  await page.goto('/');
  // The network here is closed anyway, so "the fetch failed" proves nothing: ask the browser whether
  // its Content-Security-Policy is what stopped it.
  const violated = await page.evaluate(async () => {
    const directives: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      directives.push(event.effectiveDirective),
    );
    await fetch('https://example.com/telemetry').catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return directives;
  });
  plainExpect(violated).toContain('connect-src');
  plainExpect(leaked).toEqual([]);
});
