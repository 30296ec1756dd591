import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { gotoReady } from './support/page-ready';
import { putPlans } from './support/plan-builder';
import { waitForServiceWorker } from './support/service-worker';

/** The usability review's phone: 390 × 844. */
test.use({ viewport: { width: 390, height: 844 } });

const LONG_MODULE = '/nl/m/het-hotel-patroon';

async function inViewport(page: Page, name: string | RegExp) {
  const box = await page.getByRole('link', { name }).first().boundingBox();
  expect(box, `${name} has a box`).not.toBeNull();
  const { height } = page.viewportSize()!;
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(height);
}

test('quick exit and help stay under the thumb at the end of a long module, also at 200% text, and are not printed', async ({ page }) => {
  await gotoReady(page, LONG_MODULE);
  for (const size of ['100%', '200%']) {
    await page.evaluate((value) => document.documentElement.style.setProperty('font-size', value), size);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await inViewport(page, 'Snel weg: ga meteen naar een andere website');
    await inViewport(page, /^Hulp nu/);
    await inViewport(page, 'Dagboek');
    // One row: the brand, help and quick exit share a line, and the tab bar does not wrap.
    const tops = await page.locator('.site-header__bar > *').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect()));
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height, `header height at ${size}`).toBeLessThanOrEqual(size === '100%' ? 64 : 124);
    for (const box of tops) expect(box.top + box.height / 2).toBeLessThan(header!.y + header!.height);
    const tabs = await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(new Set(tabs).size, `tabs on one row at ${size}`).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
});

test('"Nu even" is one tap from home and from Hulp nu, one calm step per screen, and Back goes one step back', async ({ page }) => {
  await gotoReady(page, '/nl');
  await page.getByRole('link', { name: 'Nu even: wat doe ik nu?' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Is iemand nu in gevaar?' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bel 112: 112' })).toHaveAttribute('href', 'tel:112');
  await expect(page.getByRole('link', { name: /113 Zelfmoordpreventie/ })).toHaveAttribute('href', 'tel:08000113');

  await page.getByRole('link', { name: 'Niemand is in gevaar: verder' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Ga even weg' })).toBeFocused();
  await expect(page.getByText('Ga dan niet weg. Blijf in de buurt als dat veilig is')).toBeVisible();
  await page.getByRole('link', { name: 'Volgende' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Reageer later' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lees: Rustig blijven als het botst' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Ga even weg' })).toBeVisible();

  await gotoReady(page, '/nl/hulp');
  const entry = page.getByRole('region', { name: 'Is het net misgegaan?' });
  const box = await entry.boundingBox();
  expect(box!.y, 'on the first screen of Hulp nu').toBeLessThan(844);
  await expect(entry.getByRole('link', { name: 'Lees: Rustig blijven als het botst' })).toHaveAttribute('href', '/nl/m/rustig-blijven');
  await entry.getByRole('link', { name: 'Nu even: wat doe ik nu?' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Is iemand nu in gevaar?' })).toBeVisible();
});

test('"Nu even" in English shows the lines open now and the parent’s own people from the plan as call links', async ({ page }) => {
  await gotoReady(page, '/en/plan');
  await putPlans(page, [
    {
      id: 'plan-people',
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-21T10:00:00.000Z',
      step: 'review',
      items: [],
      startItemIds: [],
      changes: [],
      contact: [],
      escalation: { responses: [], whoToCall: 'My sister Anna: 06-12345678' },
      supporters: [{ id: 's1', name: 'Karin', role: 'neighbour, 0475 12 34 56' }],
      reviewOn: '2026-12-20',
    },
  ]);
  await gotoReady(page, '/en');
  await page.getByRole('link', { name: 'Right now: what do I do?' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Is anyone in danger right now?' })).toBeVisible();
  await gotoReady(page, '/en/right-now?n=4');
  await expect(page.getByRole('heading', { level: 1, name: 'Would you like to talk to someone?' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 113 Suicide Prevention: 0800-0113' })).toHaveAttribute('href', 'tel:08000113');
  await expect(page.getByRole('link', { name: 'Call Veilig Thuis (Safe at Home): 0800-2000' })).toBeVisible();
  const own = page.getByRole('region', { name: 'Your own people' });
  await expect(own.getByRole('link', { name: '06-12345678' })).toHaveAttribute('href', 'tel:0612345678');
  await expect(own.getByRole('link', { name: '0475 12 34 56' })).toHaveAttribute('href', 'tel:0475123456');
  await page.getByRole('link', { name: 'Next' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Write it down later' })).toBeVisible();
  await page.getByRole('link', { name: 'Open a new entry' }).tap();
  await expect(page).toHaveURL(/\/en\/diary\/entry\?na=nu-even$/);
  await expect(page.getByText('After a clash: what happened just before?')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Event' })).toBeChecked();
});

test.describe('Belgium at night', () => {
  test.use({ locale: 'nl-BE', timezoneId: 'Europe/Brussels' });

  test('at 01:30 the open lines come first, 1712 says it is closed now and names 106, and police 101 is not "no urgency"', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-03T01:30:00+01:00') });
    await gotoReady(page, '/nl/hulp');
    const night = page.getByRole('region', { name: 'Het is nu nacht' });
    await expect(night.getByRole('link', { name: 'Bel Tele-Onthaal: 106' })).toHaveAttribute('href', 'tel:106');
    await expect(night.getByRole('link', { name: 'Bel Zelfmoordlijn 1813: 1813' })).toBeVisible();
    const line1712 = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '1712', exact: true }) });
    await expect(line1712).toContainText('Nu gesloten.');
    await expect(line1712.getByRole('link', { name: 'Bel Tele-Onthaal: 106' })).toBeVisible();
    const police = page.getByRole('region', { name: 'Politie' });
    await expect(police).not.toContainText('zonder spoed');
    await expect(police.getByText('Nu open')).toBeVisible();
    await gotoReady(page, '/nl/nu-even?n=4');
    await expect(page.getByRole('link', { name: 'Bel Tele-Onthaal: 106' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Bel 1712: 1712' })).toHaveCount(0);
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('"Nu even" works offline, and "works offline now" never floats over the diary form', async ({ page, context }) => {
    await gotoReady(page, '/nl/dagboek/notitie');
    await waitForServiceWorker(page);
    const notice = page.getByText('Kier werkt nu ook zonder internet.');
    await expect(notice).toBeVisible();
    expect(await notice.evaluate((element) => getComputedStyle(element).position)).not.toBe('fixed');
    const scale = await page.getByRole('radiogroup').or(page.getByRole('group', { name: /Spanning/ })).first().boundingBox();
    const box = await notice.boundingBox();
    expect(box!.y, 'the notice sits below the form').toBeGreaterThan(scale!.y + scale!.height);

    await context.setOffline(true);
    await gotoReady(page, '/nl');
    await page.getByRole('link', { name: 'Nu even: wat doe ik nu?' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Is iemand nu in gevaar?' })).toBeVisible();
    await gotoReady(page, '/nl/nu-even?n=5');
    await expect(page.getByRole('heading', { level: 1, name: 'Schrijf het later op' })).toBeVisible();
  });
});

test('home puts the parent’s own reading before "Begin hier" on a return visit, with how far she got', async ({ page }) => {
  await gotoReady(page, '/nl');
  await page.evaluate(() =>
    localStorage.setItem('kier:reading:v1', JSON.stringify({ 'het-hotel-patroon': { status: 'started', position: 0.42, bookmarked: true, updatedAt: '2026-12-02T20:00:00.000Z' } })),
  );
  await gotoReady(page, '/nl');
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.indexOf('Verder lezen')).toBeGreaterThan(-1);
  expect(headings.indexOf('Verder lezen')).toBeLessThan(headings.indexOf('Begin hier'));
  expect(headings.indexOf('Bewaard')).toBeLessThan(headings.indexOf('Begin hier'));
  await expect(page.getByText('Je was ongeveer op 40% van dit onderwerp.')).toBeVisible();
});

test('focused fields get a calm teal ring, not red-orange', async ({ page }) => {
  await gotoReady(page, '/nl/bibliotheek');
  const field = page.getByRole('searchbox').first();
  await field.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  const color = await field.evaluate((element) => getComputedStyle(element).outlineColor);
  expect(color).toBe('rgb(14, 116, 144)');
});

test('axe: every step of "Nu even" and the help page at night, light and dark', async ({ page }) => {
  test.slow();
  for (const n of [1, 2, 3, 4, 5]) {
    await gotoReady(page, `/nl/nu-even?n=${n}`);
    await expectNoAxeViolations(page, `nu-even ${n}`);
  }
  await gotoReady(page, '/en/right-now');
  await expectNoAxeViolations(page, 'right-now 1');
  await page.clock.install({ time: new Date('2026-12-03T01:30:00+01:00') });
  await gotoReady(page, '/nl/hulp');
  await expectNoAxeViolations(page, 'hulp at night');
  await gotoReady(page, '/nl');
  await expectNoAxeViolations(page, 'home');
});
