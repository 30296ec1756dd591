import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { gotoReady } from './support/page-ready';
import { waitForServiceWorker } from './support/service-worker';

test.use({ serviceWorkers: 'allow' });

async function searchFor(page: import('@playwright/test').Page, label: string, query: string) {
  await page.getByRole('searchbox', { name: label }).fill(query);
  return page.getByRole('main').locator('.search-results > li');
}

test('finds modules by title, full text and without accents, and shows where', async ({ page }) => {
  await gotoReady(page, '/nl/bibliotheek');
  let results = await searchFor(page, 'Zoek in de bibliotheek', 'hotel');
  await expect(results.first().getByRole('link')).toHaveText('Het hotel-patroon');

  results = await searchFor(page, 'Zoek in de bibliotheek', 'gamen');
  await expect(results.first().getByRole('link')).toHaveText('Gamen, schermen en ritme');

  results = await searchFor(page, 'Zoek in de bibliotheek', 'geisoleerd');
  const isolated = results.filter({ hasText: 'Alleen als gezin' });
  await expect(isolated.locator('mark')).toHaveText('geïsoleerd');
  await expect(isolated.getByText(/^In: /)).toBeVisible();
  // The result links straight to the section with the match.
  await isolated.getByRole('link').click();
  await expect(page).toHaveURL(/\/nl\/m\/alleen-als-gezin#/);
  await expect(page.getByText(/langzaam geïsoleerd/)).toBeInViewport();

  // A parent's own word for a bad night finds the module that uses calmer words.
  await gotoReady(page, '/nl/bibliotheek');
  results = await searchFor(page, 'Zoek in de bibliotheek', 'geschreeuw');
  await expect(results.first().getByRole('link')).toHaveText('Rustig blijven als het botst');
});

test('searches in English, and says so kindly when nothing is found', async ({ page }) => {
  await gotoReady(page, '/en/library');
  const results = await searchFor(page, 'Search the library', 'gaming');
  await expect(results.first().getByRole('link')).toHaveText('Gaming, screens and rhythm');
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('qqzzxx');
  await expect(page.getByRole('main').getByText('Nothing found for "qqzzxx". Try another word.').first()).toBeVisible();
  const offered = page.getByRole('region', { name: 'This may help you further' }).getByRole('link');
  await expect(offered).toHaveText(['Staying calm when things clash', 'Is this a crisis?', 'Help now']);
  await expectNoAxeViolations(page, 'nothing found');
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('');
  await expect(page.getByRole('heading', { level: 2, name: 'Understanding what happens' })).toBeVisible();
});

test('search works offline after the first visit', async ({ page, context }) => {
  await gotoReady(page, '/nl');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await gotoReady(page, '/nl/bibliotheek');
  const results = await searchFor(page, 'Zoek in de bibliotheek', 'leerplicht');
  await expect(results.first().getByRole('link')).toHaveText(/School/);
});
