import { expect, test } from '@playwright/test';
import { templateRoutes } from './support/routes';

// The real app, service worker included: its requests and messages count too.
test.use({ serviceWorkers: 'allow' });

// One page per template in the browser; built-pages.spec.ts reads every built page's HTML.
test('no request leaves the origin, and no console errors or CSP violations on any template', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const problems: string[] = [];

  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));

  const rawKeys: string[] = [];
  for (const route of templateRoutes()) {
    await page.goto(route);
    await page.waitForLoadState('networkidle');
    const text = await page.locator('body').innerText();
    for (const match of text.matchAll(/\b(?:app|root|home|library|reader|help|settings|update|quickExit|notFound)\.[a-zA-Z.]+\b/g)) {
      rawKeys.push(`${route}: ${match[0]}`);
    }
  }
  // Client-side navigation through every lazy route as well.
  await page.goto('/en');
  for (const name of ['Library', 'Settings', 'Home']) {
    await page.getByRole('navigation').getByRole('link', { name }).click();
    await page.waitForLoadState('networkidle');
  }

  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
  expect(rawKeys, 'UI string keys shown instead of text').toEqual([]);
});

test('the Content-Security-Policy is strict', async ({ page }) => {
  await page.goto('/nl');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "script-src 'self'", "style-src 'self'"]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
});

test('external links do not leak the page', async ({ page }) => {
  await page.goto('/nl/hulp');
  const external = page.locator('a[href^="https://"]');
  expect(await external.count()).toBeGreaterThan(0);
  for (const rel of await external.evaluateAll((links) => links.map((link) => link.getAttribute('rel')))) {
    expect(rel).toBe('noopener noreferrer');
  }
});
