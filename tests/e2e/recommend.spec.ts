import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { AXE_LOCALES, expectNoAxeViolations } from './support/axe';
import { gotoReady, waitForHydration } from './support/page-ready';
import { switchLockOn } from './support/lock';
import { waitForServiceWorker } from './support/service-worker';

async function decodeQr(page: Page): Promise<string | undefined> {
  const png = PNG.sync.read(await page.getByRole('img', { name: /QR/ }).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

async function buildLink(page: Page): Promise<string> {
  await gotoReady(page, '/nl/hulpverlener');
  await waitForHydration(page);
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('searchbox', { name: 'Zoek een onderwerp' }).fill('hotel');
  await page.getByRole('checkbox', { name: /The hotel pattern/ }).check();
  await page.getByRole('searchbox', { name: 'Zoek een onderwerp' }).fill('');
  await page.getByRole('checkbox', { name: /Staying calm when things clash/ }).check();
  await page.getByRole('button', { name: 'Omhoog: Staying calm when things clash' }).click();
  await page.getByLabel('Bericht voor de ouder (mag leeg blijven)').fill('Tot dinsdag. <b>Sterkte</b> & rust.');
  return page.getByLabel('Link', { exact: true }).inputValue();
}

test('a counsellor builds a link with the note to copy, and a short QR code that decodes to exactly the printed link', async ({ page, baseURL }) => {
  const link = await buildLink(page);
  const short = `${baseURL}/en/r?m=rustig-blijven,het-hotel-patroon`;
  expect(link).toBe(`${short}&n=${encodeURIComponent('Tot dinsdag. <b>Sterkte</b> & rust.')}`);
  expect(await decodeQr(page)).toBe(short);
  await expect(page.locator('.handout__url')).toHaveText(short);
  await expect(page.getByRole('list').filter({ hasText: 'Staying calm' }).first()).toBeVisible();
});

test('the copy button puts the link on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const link = await buildLink(page);
  await page.getByRole('button', { name: 'Kopieer link' }).click();
  await expect(page.getByText('Gekopieerd.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
});

test('the handout prints, in the language of the link, the modules with a typeable route, the QR code with the note beside it, what Kier is, a contact line and the help lines, without the form', async ({ page, baseURL }) => {
  await buildLink(page);
  const short = `${baseURL}/en/r?m=rustig-blijven,het-hotel-patroon`;
  const contact = page.getByText(/^Your counsellor: _+ +How to reach them: _+$/);
  await expect(contact).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Recommended for you in Kier' })).toBeVisible();
  await expect(page.getByText(short, { exact: true })).toBeVisible();
  // The note sits beside the QR code, labelled, not inside it.
  const scan = page.locator('.handout__scan');
  await expect(scan.getByRole('img', { name: /QR/ })).toBeVisible();
  await expect(scan.getByRole('figure', { name: 'A note from your counsellor' })).toContainText('Tot dinsdag. <b>Sterkte</b> & rust.');
  const host = new URL(baseURL!).host;
  await expect(page.getByText(`Or go to ${host} › Library › The hotel pattern`)).toBeVisible();
  await expect(page.getByText(`Or go to ${host} › Library › Staying calm when things clash`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'What is Kier?' })).toContainText('You do not need an account.');
  await expect(contact).toBeVisible();
  const help = page.locator('.handout__help');
  await expect(help).toContainText('112');
  await expect(help).toContainText('Veilig Thuis (Safe at Home) 0800-2000');
  await expect(help).toContainText('Tele-Onthaal (listening line) 106');
  await expect(page.getByRole('checkbox').first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Kopieer link' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Bekijk wat de ouder ziet' })).toBeHidden();
  // One A4 sheet.
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
});

test('opening the link shows the modules in order and the note as text, labelled for what it is; the note is kept only when asked', async ({ page }) => {
  page.on('dialog', () => {
    throw new Error('a dialog opened: markup in the note was executed');
  });
  await gotoReady(page, `/en/r?m=rustig-blijven,het-hotel-patroon&n=${encodeURIComponent('Tot dinsdag. <b>Sterkte</b> & rust.')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Recommended for you' })).toBeVisible();
  const titles = page.getByRole('main').locator('.card__link');
  await expect(titles).toHaveText(['Staying calm when things clash', 'The hotel pattern']);
  const note = page.getByRole('figure', { name: 'Note that came with this link' });
  await expect(note).toContainText('Tot dinsdag. <b>Sterkte</b> & rust.');
  await expect(note).toContainText('Kier cannot check who wrote this one.');
  // Read once, then gone from the address bar (and so from the tab's address and its suggestions).
  await expect(page).toHaveURL(/\/en\/r$/);
  await page.reload();
  await expect(titles).toHaveCount(2);
  await expect(note).toHaveCount(0);

  // The modules are on home; the note is not, until the parent keeps it.
  await gotoReady(page, '/en');
  const panel = page.getByRole('region', { name: 'Recommended for you' });
  await expect(panel.getByRole('link', { name: 'Staying calm when things clash' })).toBeVisible();
  await expect(panel).not.toContainText('Tot dinsdag');
  await gotoReady(page, `/en/r?m=rustig-blijven,het-hotel-patroon&n=${encodeURIComponent('Tot dinsdag.')}`);
  await page.getByRole('button', { name: 'Keep the note' }).click();
  await expect(page.getByText('The note is now on the home page too, on this device.')).toBeVisible();
  await gotoReady(page, '/en');
  await expect(panel).toContainText('Note that came with the link: Tot dinsdag.');
  await panel.getByRole('button', { name: 'Remove this advice' }).click();
  await expect(panel).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Kier' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Recommended for you' })).toHaveCount(0);
});

test('with the diary lock on, a kept note is forgotten, a new one is not kept, and home says nothing personal', async ({ page }) => {
  await gotoReady(page, `/nl/r?m=rustig-blijven&n=${encodeURIComponent('We zien elkaar dinsdag over je zoon')}`);
  await page.getByRole('button', { name: 'Bewaar de notitie' }).click();
  await page.evaluate(() => localStorage.setItem('kier:plan-review', JSON.stringify('2020-01-01')));
  await gotoReady(page, '/nl');
  await expect(page.locator('#plan-review')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Aanbevolen voor jou' })).toContainText('Notitie bij de link: We zien elkaar dinsdag over je zoon');
  await gotoReady(page, '/nl/instellingen/slot');
  await switchLockOn(page);
  const stored = await page.evaluate(() => Object.entries(localStorage).map(([key, value]) => `${key}=${value}`).join('\n'));
  expect(stored).not.toContain('dinsdag');

  await gotoReady(page, '/nl');
  await expect(page.getByRole('region', { name: 'Om te lezen' }).getByRole('link', { name: 'Rustig blijven als het botst' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('hulpverlener');
  await expect(page.getByRole('main')).not.toContainText('Notitie');
  await expect(page.locator('#plan-review')).toHaveCount(0);

  await gotoReady(page, `/nl/r?m=praat-erover&n=${encodeURIComponent('Bel me vrijdag')}`);
  await expect(page.getByText(/Het slot van je dagboek staat aan\. Daarom bewaart Kier deze notitie niet/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bewaar de notitie' })).toHaveCount(0);
  expect(await page.evaluate(() => Object.values(localStorage).join(' '))).not.toContain('vrijdag');
});

test('hostile and broken links render safely', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await gotoReady(page, `/nl/r?m=het-hotel-patroon&n=${encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(2)>')}`);
  await expect(page.getByText('<script>alert(1)</script><img src=x onerror=alert(2)>')).toBeVisible();

  // 500 ids (an HTTP server refuses a URL with both these and the long note: over 16 KB of header).
  const many = Array.from({ length: 500 }, (_, i) => (i % 2 ? 'rustig-blijven' : `onbekend-${i}`)).join(',');
  await gotoReady(page, `/nl/r?m=${many},wat-is-hikikomori`);
  await expect(page.getByRole('main').locator('.card__link')).toHaveText(['Rustig blijven als het botst', 'Wat is hikikomori?']);
  await expect(page.getByText(/onderwerpen uit de link bestaan niet \(meer\)/)).toBeVisible();

  // 500 known ids: cut to 12.
  const known = ['wat-is-hikikomori', 'het-hotel-patroon', 'contact-herstellen', 'rustig-blijven', 'wat-accepteer-ik', 'schermen-en-ritme', 'praat-erover', 'zorg-voor-jezelf', 'hulp-zoeken', 'school-en-thuiszitten', 'crisis-herkennen', 'gehechtheid-de-basis', 'alleen-als-gezin', 'waarom-trekt-mijn-kind-zich-terug'];
  await gotoReady(page, `/nl/r?m=${Array.from({ length: 500 }, (_, i) => known[i % known.length]).join(',')}`);
  await expect(page.getByRole('main').locator('.card__link')).toHaveCount(12);
  await expect(page.getByText('De link was langer dan toegestaan. Je ziet hier het begin ervan.')).toBeVisible();

  // A 10,000-character note: cut to 280.
  await gotoReady(page, `/nl/r?m=wat-is-hikikomori&n=${'x'.repeat(10_000)}`);
  await expect(page.getByText('De link was langer dan toegestaan. Je ziet hier het begin ervan.')).toBeVisible();
  expect((await page.locator('.counsellor-note blockquote').innerText()).length).toBe(280);

  await gotoReady(page, '/nl/r?n=hallo');
  await expect(page.getByRole('heading', { level: 1, name: 'Deze link bevat geen onderwerpen' })).toBeVisible();
  await gotoReady(page, '/nl/r?m=bestaat-niet');
  await expect(page.getByRole('heading', { level: 1, name: 'Deze link bevat geen onderwerpen' })).toBeVisible();
  expect(dialogs).toBe(0);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('a recommendation link works offline for a parent who visited before', async ({ page, context }) => {
    await gotoReady(page, '/nl');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await gotoReady(page, '/nl/r?m=contact-herstellen,praat-erover');
    await expect(page.getByRole('main').locator('.card__link')).toHaveText(['Contact herstellen', 'Praat erover']);
  });
});

for (const [path, name] of ([['/nl/hulpverlener', 'nl'], ['/en/counsellor', 'en']] as const).filter(([, locale]) => (AXE_LOCALES as readonly string[]).includes(locale))) {
  test(`axe: counsellor page with a result, ${name}, light and dark`, async ({ page }) => {
    await gotoReady(page, path);
    await waitForHydration(page);
    await page.getByRole('checkbox').first().check();
    await expect(page.getByRole('img', { name: /QR/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('axe: a recommendation with a note, light and dark', async ({ page }) => {
  await gotoReady(page, '/nl/r?m=het-hotel-patroon,bestaat-niet&n=Tot%20dinsdag');
  await expect(page.getByText('Tot dinsdag')).toBeVisible();
  await expectNoAxeViolations(page);
});
