import { expect, test } from '@playwright/test';
import { gotoReady } from './support/page-ready';

for (const { locale, tab, library, module, moduleTitle, keyPoints } of [
  { locale: 'nl', tab: 'Lezen', library: 'Bibliotheek', module: 'Wat is hikikomori?', moduleTitle: 'Wat is hikikomori?', keyPoints: 'In het kort' },
  { locale: 'en', tab: 'Library', library: 'Library', module: 'What is hikikomori?', moduleTitle: 'What is hikikomori?', keyPoints: 'In short' },
]) {
  test(`home → library → module in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.getByRole('navigation').getByRole('link', { name: tab }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/(bibliotheek|library)$`));
    await expect(page.getByRole('heading', { level: 1, name: library })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: module }).click();
    await expect(page).toHaveURL(`/${locale}/m/wat-is-hikikomori`);
    await expect(page.getByRole('heading', { level: 1, name: moduleTitle })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: keyPoints })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    // Focus moves to the new page's heading after a client-side navigation.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });
}

test('every page is readable without JavaScript (prerendered)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/nl/m/het-hotel-patroon');
  await expect(page.getByRole('heading', { level: 1, name: 'Het hotel-patroon' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bronnen' })).toBeVisible();
  await expect(page).toHaveTitle('Het hotel-patroon · Kier');
  await page.goto('/en/help');
  await expect(page.getByRole('link', { name: /Call 113 Suicide Prevention/ }).first()).toHaveAttribute('href', 'tel:08000113');
  await context.close();
});

test('an unknown page says so kindly', async ({ page }) => {
  await page.goto('/nl/m/bestaat-niet');
  await expect(page.getByRole('heading', { level: 1, name: 'Dit onderwerp bestaat niet' })).toBeVisible();
  await page.goto('/nl/nergens');
  await expect(page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
});

test('the table of contents jumps to a section', async ({ page }) => {
  await page.goto('/nl/m/het-hotel-patroon');
  const contents = page.getByRole('navigation', { name: 'Op deze pagina' });
  await contents.locator('summary').click();
  await contents.getByRole('link', { name: 'Probeer dit' }).click();
  await expect(page).toHaveURL(/#probeer-dit$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Probeer dit' })).toBeInViewport();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('a tap anywhere on a library card opens the module, not only on its title', async ({ page }) => {
    await gotoReady(page, '/nl/bibliotheek');
    const card = page.getByRole('main').locator('.card').filter({ has: page.getByRole('link', { name: 'Het hotel-patroon' }) });
    await card.scrollIntoViewIfNeeded();
    const box = (await card.boundingBox())!;
    const title = (await card.getByRole('link').boundingBox())!;
    const tap = { x: box.x + 12, y: box.y + box.height - 8 };
    // Below the title and left of any text: a place a thumb lands on, which no link covered before.
    expect(tap.y).toBeGreaterThan(title.y + title.height);
    await page.touchscreen.tap(tap.x, tap.y);
    await expect(page).toHaveURL('/nl/m/het-hotel-patroon');
    await expect(page.getByRole('heading', { level: 1, name: 'Het hotel-patroon' })).toBeVisible();
  });
});
