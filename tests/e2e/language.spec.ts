import { expect, test } from '@playwright/test';
import { gotoReady } from './support/page-ready';

test('/ follows the browser language when nothing was chosen', async ({ browser }) => {
  for (const [locale, expected] of [['en-GB', '/en'], ['nl-BE', '/nl'], ['fr-FR', '/nl']] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await gotoReady(page, '/');
    await expect(page).toHaveURL(expected);
    await context.close();
  }
});

test('a language chosen in settings persists across reloads', async ({ page }) => {
  await gotoReady(page, '/nl/instellingen');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page).toHaveURL('/en/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await gotoReady(page, '/');
  await expect(page).toHaveURL('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the footer switches to the same page in the other language and remembers it', async ({ page }) => {
  await gotoReady(page, '/nl/m/het-hotel-patroon');
  await page.getByRole('link', { name: 'Read Kier in English' }).click();
  await expect(page).toHaveURL('/en/m/het-hotel-patroon');
  await expect(page.getByRole('heading', { level: 1, name: 'The hotel pattern' })).toBeVisible();
  await gotoReady(page, '/');
  await expect(page).toHaveURL('/en');
});
