import { expect, test } from '@playwright/test';
import { gotoReady } from './support/page-ready';
import { waitForServiceWorker } from './support/service-worker';

test('progress, bookmarks and "continue reading" stay on the device across reloads', async ({ page }) => {
  await gotoReady(page, '/nl/bibliotheek');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Rustig blijven als het botst' }) });
  await expect(card.getByText('Nog niet gelezen')).toBeVisible();

  await card.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rustig blijven als het botst' })).toBeVisible();
  await page.getByRole('button', { name: /Bewaar/ }).click();
  await expect(page.getByRole('button', { name: /Bewaard/ })).toHaveAttribute('aria-pressed', 'true');
  await page.mouse.wheel(0, 900);
  await page.waitForTimeout(1200);

  await page.reload();
  await expect(page.getByRole('button', { name: /Bewaard/ })).toHaveAttribute('aria-pressed', 'true');

  await gotoReady(page, '/nl');
  const next = page.getByRole('region', { name: 'Verder lezen' });
  await expect(next.getByRole('link', { name: 'Rustig blijven als het botst' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Bewaard' }).getByRole('link', { name: 'Rustig blijven als het botst' })).toBeVisible();
  await next.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rustig blijven als het botst' })).toBeVisible();
  // Back where the parent was, not at the top.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);

  await gotoReady(page, '/nl/bibliotheek');
  await expect(card.getByText('Begonnen')).toBeVisible();
  await expect(card.getByText('Bewaard')).toBeVisible();
});

test('reaching the sources marks a module read', async ({ page }) => {
  await gotoReady(page, '/en/m/wat-is-hikikomori');
  await page.getByRole('heading', { level: 2, name: 'Sources' }).scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await gotoReady(page, '/en/library');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'What is hikikomori?' }) });
  await expect(card.getByText('Read', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Continue reading' })).toHaveCount(0);
});

test('the text size control enlarges text on every page and is remembered', async ({ page }) => {
  await gotoReady(page, '/nl/m/het-hotel-patroon');
  const base = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  await page.locator('summary', { hasText: 'Tekstgrootte' }).click();
  await page.getByRole('radio', { name: 'Groter' }).check();
  const larger = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(larger).toBeGreaterThan(base);
  await gotoReady(page, '/nl/hulp');
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(larger);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('printing a module gives a clean handout: text, sources and the address, no navigation', async ({ page }) => {
  await gotoReady(page, '/nl/m/het-hotel-patroon');
  await expect(page.getByRole('button', { name: /Bewaar/ })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: 'Het hotel-patroon' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Bronnen' })).toBeVisible();
  await expect(page.getByText(/Lees online op http:\/\/127\.0\.0\.1:\d+\/nl\/m\/het-hotel-patroon/)).toBeVisible();
  for (const hidden of [page.getByRole('banner'), page.getByRole('contentinfo'), page.getByRole('button', { name: /Bewaar/ }), page.getByRole('navigation', { name: 'Op deze pagina' })]) {
    await expect(hidden).toBeHidden();
  }
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('every module opens offline in both languages', async ({ page, context }) => {
    test.setTimeout(90_000);
    await gotoReady(page, '/nl/bibliotheek');
    const ids = await page.getByRole('main').locator('a[href^="/nl/m/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('/').pop()!));
    expect(ids.length).toBe(19);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    for (const locale of ['nl', 'en']) {
      for (const id of ids) {
        await gotoReady(page, `/${locale}/m/${id}`);
        await expect(page.getByRole('heading', { level: 2, name: locale === 'nl' ? 'In het kort' : 'In short' }), `${locale}/${id}`).toBeVisible();
      }
    }
  });
});
