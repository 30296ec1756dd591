import { expect, test } from '@playwright/test';
import { waitForServiceWorker } from './support/service-worker';

test.use({ serviceWorkers: 'allow' });

test('after the first visit, deep links to modules in both languages work offline', async ({ page, context }) => {
  await page.goto('/nl');
  await waitForServiceWorker(page);
  await context.setOffline(true);

  // Pages never opened online, opened by URL as a counsellor's link would.
  await page.goto('/en/m/wat-is-hikikomori');
  await expect(page.getByRole('heading', { level: 1, name: 'What is hikikomori?' })).toBeVisible();
  await page.goto('/nl/m/het-hotel-patroon');
  await expect(page.getByRole('heading', { level: 1, name: 'Het hotel-patroon' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bronnen' })).toBeVisible();

  // Client-side navigation loads lazy chunks from the cache too.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Lezen' }).click();
  // While the library chunk loads, the router keeps the module on screen, and its text links
  // to "Wat is hikikomori?" too: wait until the library has replaced it.
  await expect(page.getByRole('heading', { level: 1, name: 'Bibliotheek' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Het hotel-patroon' })).toHaveCount(0);
  await page.getByRole('main').getByRole('link', { name: 'Wat is hikikomori?' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'In het kort' })).toBeVisible();

  // Help lines, and a friendly page for unknown URLs.
  await page.goto('/en/help');
  await expect(page.getByRole('link', { name: 'Call 112: 112' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Worried about suicide' }).getByRole('link', { name: 'Call 113 Suicide Prevention: 0800-0113' })).toHaveAttribute('href', 'tel:08000113');
  await page.goto('/nl/bestaat-niet');
  await expect(page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();

  // It really is offline: the network is not reachable from the page.
  const reachable = await page.evaluate(() => fetch('/not-precached.txt').then(() => true, () => false));
  expect(reachable).toBe(false);
});
