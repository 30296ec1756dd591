import type { Page } from '@playwright/test';

/** Waits until the page component is hydrated (its controls react from here on). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
}

/** Opens a page and waits until it is hydrated, for tests that use its controls at once. */
export async function gotoReady(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForHydration(page);
}
