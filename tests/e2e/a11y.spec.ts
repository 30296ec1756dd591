import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { SAMPLE_MODULE_ROUTES, templateRoutes } from './support/routes';

// Each template once, in light and dark (see AXE_LOCALES). The modules share one template and one
// stylesheet: axe checks one sample per language, and the content tests keep every other module
// within the markup that sample uses (src/content/quality/markup.ts). Each axe pass takes seconds.
const routes = templateRoutes();

test('the axe samples are built', () => {
  expect(routes.filter((route) => SAMPLE_MODULE_ROUTES.includes(route)).sort()).toEqual([...SAMPLE_MODULE_ROUTES].sort());
});

for (const route of routes) {
  test(`axe: ${route} has no violations, light and dark`, async ({ page }) => {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, route);
  });
}

test('text at 200% does not break the layout', async ({ page }) => {
  for (const route of ['/nl', '/nl/m/het-hotel-patroon', '/en/help']) {
    await page.goto(route);
    // CSSOM changes are allowed by the CSP (an injected <style> would not be).
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${route} scrolls sideways at 200% text`).toBeLessThanOrEqual(0);
    await expect(page.getByRole('link', { name: /hulp nu|help now/i })).toBeVisible();
  }
});
