import { test as base, expect } from '@playwright/test';

/** Same-origin, or a URL the page made itself (blob: downloads, data: images): nothing leaves the machine. */
function staysLocal(url: string, appOrigin: string): boolean {
  if (url.startsWith('blob:') || url.startsWith('data:') || url.startsWith('about:')) return true;
  return new URL(url).origin === appOrigin;
}

/**
 * Every spec uses this `test`: it records each request of the session, and fails the test when one went to
 * another origin, when the Content-Security-Policy blocked something, or when the page threw.
 */
export const test = base.extend<{ privacyGuard: void }>({
  privacyGuard: [
    async ({ context, page, baseURL }, use) => {
      const appOrigin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
      const foreign: string[] = [];
      const pageErrors: string[] = [];
      context.on('request', (request) => {
        if (!staysLocal(request.url(), appOrigin)) foreign.push(request.url());
      });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      const cspViolations: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && message.text().startsWith('CSP violation')) {
          cspViolations.push(message.text());
        }
      });
      await use();
      expect(foreign, 'requests to another origin').toEqual([]);
      expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
