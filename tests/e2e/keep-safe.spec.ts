import { devices, expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { backupJson, importBackup, makeEntries } from './support/diary';
import { gotoReady } from './support/page-ready';

const GUIDE = 'Zet Kier op je beginscherm';

/**
 * Kier as if opened from the home screen: `(display-mode: standalone)` matches. Chromium's
 * DevTools media emulation does not cover display-mode (measured: CDP Emulation.setEmulatedMedia
 * with it leaves the query false), so the page's matchMedia answers it as an installed app would.
 */
async function runFromHomeScreen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = window.matchMedia.bind(window);
    window.matchMedia = (query: string) => (/\(display-mode:\s*standalone\)/.test(query) ? original('(min-width: 0px)') : original(query));
  });
}

test('install guidance on a phone that has not installed Kier: before the first entry and plan, "Niet nu" remembered, always in settings', async ({ page }) => {
  await gotoReady(page, '/nl/dagboek');
  const guide = page.getByRole('region', { name: GUIDE });
  await expect(guide).toBeVisible();
  // Android Chromium: the browser's own prompt where it offers one, else its menu.
  await expect(guide).toContainText(/Installeren|App installeren/);
  await expectNoAxeViolations(page, 'empty diary with the install guidance');
  await gotoReady(page, '/nl/plan');
  await expect(page.getByRole('region', { name: GUIDE })).toBeVisible();
  await page.getByRole('region', { name: GUIDE }).getByRole('button', { name: 'Niet nu' }).click();
  await expect(page.getByText('Je vindt dit later terug bij Instellingen.')).toBeFocused();
  await gotoReady(page, '/nl/dagboek');
  await expect(page.getByRole('heading', { level: 1, name: 'Dagboek' })).toBeVisible();
  await expect(page.getByRole('region', { name: GUIDE })).toHaveCount(0);
  await gotoReady(page, '/nl/instellingen');
  await expect(page.getByRole('region', { name: GUIDE })).toBeVisible();
  await gotoReady(page, '/nl/instellingen/gegevens');
  await expect(page.getByTestId('installed')).toHaveText(/Kier staat niet als app op dit apparaat\./);
  await page.getByRole('link', { name: 'Hoe zet ik Kier op mijn beginscherm?' }).click();
  await expect(page.getByRole('region', { name: GUIDE })).toBeVisible();
});

test('not shown when Kier runs from the home screen; the data page says it is installed', async ({ page }) => {
  await runFromHomeScreen(page);
  await gotoReady(page, '/nl/dagboek');
  await expect(page.evaluate(() => matchMedia('(display-mode: standalone)').matches)).resolves.toBe(true);
  await expect(page.getByText('Je dagboek is nog leeg', { exact: false }).or(page.getByRole('link', { name: 'Nieuwe notitie' })).first()).toBeVisible();
  await expect(page.getByRole('region', { name: GUIDE })).toHaveCount(0);
  await gotoReady(page, '/nl/instellingen/gegevens');
  await expect(page.getByTestId('installed')).toHaveText('Kier staat als app op dit apparaat.');
});

test.describe('on an iPhone', () => {
  test.use({ userAgent: devices['iPhone 15'].userAgent });

  test('Safari tab: the share menu steps, how to move written entries with a backup, and the data page tells the truth', async ({ page }) => {
    await gotoReady(page, '/nl/instellingen/gegevens');
    await expect(page.getByTestId('persisted')).toContainText('zeven dagen');
    await expect(page.locator('body')).not.toContainText('Dat gebeurt zelden');
    await importBackup(page, backupJson(makeEntries(2)));
    await gotoReady(page, '/nl/dagboek');
    const guide = page.getByRole('region', { name: GUIDE });
    await expect(guide).toContainText('Zet op beginscherm');
    await expect(guide.getByRole('heading', { name: 'Heb je hier al geschreven?' })).toBeVisible();
    await expectNoAxeViolations(page, 'diary with the iPhone install steps', ['light']);
    await guide.getByRole('link', { name: 'Naar Back-up maken' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Back-up maken' })).toBeVisible();
    await expect(page.getByText(/Samenvoegen houdt alles wat al op dit apparaat staat/)).toBeVisible();
  });
});

test('the backup reminder: at five entries without a backup, gone after one, back 14 days later with new entries, "Later" for a week', async ({ page }) => {
  const start = new Date('2026-12-01T10:00:00.000Z');
  await page.clock.setFixedTime(start);
  await gotoReady(page, '/nl/instellingen/gegevens');
  await importBackup(page, backupJson(makeEntries(4, new Date('2026-11-30T20:00:00.000Z'))));
  await gotoReady(page, '/nl/dagboek');
  await expect(page.getByText('4 notities', { exact: true })).toBeVisible();
  const never = page.getByRole('region', { name: 'Maak een back-up van je dagboek' });
  await expect(never).toHaveCount(0);
  await expect(page.getByTestId('last-backup')).toHaveText('Je hebt op dit apparaat nog geen back-up gemaakt.');

  await gotoReady(page, '/nl/instellingen/gegevens');
  await importBackup(page, backupJson(makeEntries(1, new Date('2026-12-01T08:00:00.000Z')).map((entry) => ({ ...entry, id: 'e2e-fifth' }))));
  await gotoReady(page, '/nl/dagboek');
  await expect(never).toContainText('Je hebt 5 notities en nog geen back-up.');
  await expectNoAxeViolations(page, 'diary with the backup reminder', ['light']);

  await never.getByRole('link', { name: 'Back-up maken' }).click();
  await page.getByRole('checkbox', { name: 'Beveilig het bestand met een wachtwoord' }).uncheck();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back-up maken' }).click();
  await downloading;
  await expect(page.getByTestId('last-backup')).toHaveText('Laatste back-up: 1 december 2026.');
  await gotoReady(page, '/nl/dagboek');
  await expect(page.getByTestId('last-backup')).toHaveText('Laatste back-up: 1 december 2026.');
  await expect(never).toHaveCount(0);

  // Fifteen days on, with an entry written since the backup.
  await page.clock.setFixedTime(new Date('2026-12-16T10:00:00.000Z'));
  await gotoReady(page, '/nl/instellingen/gegevens');
  await importBackup(page, backupJson(makeEntries(1, new Date('2026-12-10T08:00:00.000Z')).map((entry) => ({ ...entry, id: 'e2e-later' }))));
  await gotoReady(page, '/nl/dagboek');
  const stale = page.getByRole('region', { name: 'Tijd voor een nieuwe back-up' });
  await expect(stale).toContainText('Je laatste back-up is van 1 december 2026.');
  await stale.getByRole('button', { name: 'Later' }).click();
  await expect(page.getByText('Over een week vragen we het nog een keer.')).toBeFocused();
  await page.clock.setFixedTime(new Date('2026-12-22T10:00:00.000Z'));
  await gotoReady(page, '/nl/dagboek');
  await expect(page.getByText('6 notities', { exact: true })).toBeVisible();
  await expect(stale).toHaveCount(0);
  await page.clock.setFixedTime(new Date('2026-12-24T10:00:00.000Z'));
  await gotoReady(page, '/nl/dagboek');
  await expect(stale).toBeVisible();
});
