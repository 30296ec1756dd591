import { expect, test, type Page } from '@playwright/test';
import { AXE_LOCALES, expectNoAxeViolations } from './support/axe';
import { templateRoutes } from './support/routes';
import { gotoReady } from './support/page-ready';

const EXIT = 'https://www.buienradar.nl/';

/** Stands in for the neutral site, so nothing leaves this machine. */
async function fakeNeutralSite(page: Page) {
  await page.route('https://**/*', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weer</title><h1>Het weer</h1>' }));
}

test('from every template the help page is one tap away', async ({ page }) => {
  test.setTimeout(90_000);
  for (const route of templateRoutes()) {
    await page.goto(route);
    const help = page.getByRole('banner').getByRole('link', { name: /^(Hulp nu|Help now)/ });
    await expect(help, route).toHaveAttribute('href', route.startsWith('/en') ? '/en/help' : '/nl/hulp');
  }
  await gotoReady(page, '/en/library');
  await page.getByRole('banner').getByRole('link', { name: /^Help now/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Help now' })).toBeVisible();
});

test('the help button is the first control after "skip to content"', async ({ page }) => {
  await gotoReady(page, '/nl/bibliotheek');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /^Hulp nu/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/nl/hulp');
});

test('shows the lines of the chosen country, remembered on the device', async ({ page }) => {
  await gotoReady(page, '/nl/hulp');
  const suicide = page.getByRole('region', { name: 'Zorgen om zelfdoding' });
  await expect(suicide.getByRole('link', { name: 'Bel 113 Zelfmoordpreventie: 0800-0113' })).toHaveAttribute('href', 'tel:08000113');
  await expect(page.getByRole('region', { name: 'Geweld of onveilig thuis' }).getByRole('link', { name: /Veilig Thuis: 0800-2000/ })).toHaveAttribute('href', 'tel:08002000');

  await page.getByRole('radio', { name: 'België (Vlaanderen)' }).check();
  await expect(suicide.getByRole('link', { name: 'Bel Zelfmoordlijn 1813: 1813' })).toHaveAttribute('href', 'tel:1813');
  await expect(page.getByRole('region', { name: 'Een dokter buiten kantoortijd' }).getByRole('link')).toHaveAttribute('href', 'tel:1733');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'België (Vlaanderen)' })).toBeChecked();
  await expect(suicide.getByRole('link', { name: 'Bel Zelfmoordlijn 1813: 1813' })).toBeVisible();

  // Every tel: link on the page dials digits only.
  for (const href of await page.locator('a[href^="tel:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).toMatch(/^tel:\d{3,11}$/);
  }
});

test('a Belgian browser gets Belgian lines by default', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'nl-BE' });
  const page = await context.newPage();
  await gotoReady(page, '/nl/hulp');
  await expect(page.getByRole('radio', { name: 'België (Vlaanderen)' })).toBeChecked();
  await context.close();
});

test('a crisis module shows the help block at the top', async ({ page }) => {
  await gotoReady(page, '/en/m/het-hotel-patroon');
  const block = page.getByRole('complementary', { name: 'Need help? Call straight away.' });
  await expect(block.getByRole('link', { name: 'Call Emergency number 112: 112' })).toHaveAttribute('href', 'tel:112');
  await expect(block.getByRole('link', { name: /Veilig Thuis/ })).toHaveAttribute('href', 'tel:08002000');
  const blockTop = (await block.boundingBox())!.y;
  const textTop = (await page.getByRole('heading', { level: 2, name: 'In short' }).boundingBox())!.y;
  expect(blockTop).toBeLessThan(textTop);
  await gotoReady(page, '/en/m/wat-is-hikikomori');
  await expect(page.getByRole('heading', { level: 2, name: 'In short' })).toBeVisible();
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

test('"when it goes wrong" gives calm steps on the help page', async ({ page }) => {
  await gotoReady(page, '/en/help');
  const steps = page.getByRole('region', { name: 'When it goes wrong' }).getByRole('listitem');
  await expect(steps).toHaveCount(7);
  await expect(steps.first()).toContainText('Call 112');
});

test.describe('quick exit', () => {
  test('replaces the page with a neutral site, and Back does not return to it', async ({ page }) => {
    await fakeNeutralSite(page);
    await gotoReady(page, '/nl/m/het-hotel-patroon');
    await page.getByRole('link', { name: /^Snel weg/ }).click();
    await expect(page).toHaveURL(EXIT);
    await page.goBack();
    expect(page.url()).not.toContain('/nl/m/het-hotel-patroon');
    expect(page.url()).toBe('about:blank');
  });

  test('Escape twice leaves too, to the site chosen in settings', async ({ page }) => {
    await fakeNeutralSite(page);
    await gotoReady(page, '/en/settings');
    await page.getByRole('radio', { name: 'NOS nieuws' }).check();
    await gotoReady(page, '/en/help');
    // Hydrated (the link carries the chosen site), so the keyboard shortcut is listening.
    await expect(page.getByRole('link', { name: /^Quick exit/ })).toHaveAttribute('href', 'https://nos.nl/');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL('https://nos.nl/');
    // Back skips the page that was left (earlier history entries cannot be removed by a page;
    // the help page tells parents how to clear their history).
    await page.goBack();
    expect(page.url()).not.toContain('/en/help');
  });

  test('is on every template', async ({ page }) => {
    test.setTimeout(90_000);
    for (const route of templateRoutes()) {
      await page.goto(route);
      await expect(page.getByRole('link', { name: /^(Snel weg|Quick exit)/ }), route).toBeVisible();
    }
  });
});

for (const locale of AXE_LOCALES) {
  test(`axe: help page in ${locale}, both countries, light and dark`, async ({ page }) => {
    await gotoReady(page, `/${locale}/${locale === 'nl' ? 'hulp' : 'help'}`);
    for (const country of [/Nederland|Netherlands/, /België|Belgium/]) {
      await page.getByRole('radio', { name: country }).check();
      await expectNoAxeViolations(page, String(country));
    }
  });
}
