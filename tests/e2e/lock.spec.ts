import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { importBackup, makeEntries, readStore } from './support/diary';
import { expectNoSidewaysScrollAt200, LOCK_CODE, lockScreenHeading, rawStoresText, setPageVisibility, switchLockOn, unlockMeasures, unlockWith } from './support/lock';
import { gotoReady } from './support/page-ready';
import { makePlans, planBackupJson } from './support/plans';

/**
 * The diary lock in the real app, with the real key derivation (600,000 PBKDF2 iterations,
 * about a second per unlock): so each test unlocks as few times as it can.
 */

const ENTRY_TEXT = 'hij kwam even naar beneden voor het ontbijt';
const PLAN_TEXTS = ['Ik sta om 3 uur op om de wifi te resetten', 'Mijn zus Anna', 'Ik zet het eten om 18 uur op tafel'];
const DRAFT_TEXT = 'Concept: vandaag deed hij de deur open';

/** A diary with entries, two plans and an unsaved draft. */
async function fillDevice(page: Page, entries = 6): Promise<void> {
  await gotoReady(page, '/nl/instellingen/gegevens');
  await importBackup(page, planBackupJson(makePlans(), makeEntries(entries)));
  await gotoReady(page, '/nl/dagboek/notitie');
  await page.getByLabel('Wat wil je opschrijven?').pressSequentially(DRAFT_TEXT, { delay: 5 });
  await expect.poll(async () => JSON.stringify(await readStore(page, 'drafts'))).toContain(DRAFT_TEXT);
}

async function logUnlockTimes(page: Page, label: string): Promise<void> {
  const times = await unlockMeasures(page);
  console.log(`kier-unlock (${label}): ${times.map((ms) => `${ms} ms`).join(', ')}`);
  test.info().annotations.push({ type: 'kier-unlock', description: `${label}: ${times.join(', ')} ms` });
}

test('switch on in settings, nothing readable stored, lock screen after reload, wrong code refused, unlock, switch off', async ({ page }) => {
  test.setTimeout(90_000);
  await fillDevice(page);
  const before = await rawStoresText(page);
  for (const text of [ENTRY_TEXT, ...PLAN_TEXTS, DRAFT_TEXT]) expect(before.text).toContain(text);

  // Settings › Diary lock, while off: the form comes first, the warning sits beside its tick,
  // and the explanation opens under "Hoe werkt het?".
  await gotoReady(page, '/nl/instellingen');
  await page.getByRole('link', { name: 'Dagboekslot instellen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dagboekslot' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Slot aanzetten' })).toContainText('Ook Kier niet');
  await expect(page.getByLabel('Nieuwe code')).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Als je je code vergeet' })).toBeHidden();
  await page.getByText('Hoe werkt het?').click();
  await expect(page.getByRole('region', { name: 'Als je je code vergeet' })).toContainText('Kies daarom een code');
  await expectNoAxeViolations(page, 'lock settings, off');
  await expectNoSidewaysScrollAt200(page, 'lock settings, off');

  await switchLockOn(page);
  await expect(page.getByRole('button', { name: 'Nu vergrendelen' })).toBeVisible();
  await expectNoAxeViolations(page, 'lock settings, on');
  await expectNoSidewaysScrollAt200(page, 'lock settings, on');

  // The raw stores hold every record, and none of the words.
  const sealed = await rawStoresText(page);
  expect(sealed.counts).toEqual(before.counts);
  for (const text of [ENTRY_TEXT, 'rustige avond', 'eten', ...PLAN_TEXTS, DRAFT_TEXT, 'meals-to-room']) expect(sealed.text).not.toContain(text);

  // A new page load: the key is gone; the lock screen stands in the diary's place.
  await page.goto('/nl/dagboek');
  await expect(lockScreenHeading(page)).toBeVisible();
  await expect(page.getByLabel('Je code')).toBeFocused();
  await expect(page.getByText(ENTRY_TEXT)).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('link', { name: /^Hulp nu/ })).toBeVisible();
  await expectNoAxeViolations(page, 'lock screen');
  await expectNoSidewaysScrollAt200(page, 'lock screen');

  await page.getByLabel('Je code').fill('niet-mijn-code');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByText('Deze code klopt niet.')).toBeVisible({ timeout: 15_000 });
  await expect(lockScreenHeading(page)).toBeVisible();

  await unlockWith(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Dagboek' })).toBeVisible();
  await expect(page.getByText(`Notitie 0: ${ENTRY_TEXT}.`)).toBeVisible();
  await expect(page.getByText('Je dagboek is open.')).toBeVisible();
  await logUnlockTimes(page, 'wrong, then right');

  // Within the app the diary stays open (client-side navigation keeps the key).
  await page.getByRole('navigation').getByRole('link', { name: 'Instellingen' }).click();
  await page.getByRole('link', { name: 'Dagboekslot instellen' }).click();
  const off = page.getByRole('region', { name: 'Slot uitzetten' });
  await off.getByLabel('Je code').fill(LOCK_CODE);
  await off.getByRole('button', { name: 'Slot uitzetten' }).click();
  await expect(page.getByText(/Het slot staat uit. Je dagboek en plannen staan weer gewoon leesbaar/)).toBeVisible({ timeout: 15_000 });

  const clear = await rawStoresText(page);
  expect(clear.counts).toEqual(before.counts);
  for (const text of [ENTRY_TEXT, ...PLAN_TEXTS, DRAFT_TEXT]) expect(clear.text).toContain(text);
  await page.goto('/nl/dagboek');
  await expect(page.getByText(`Notitie 0: ${ENTRY_TEXT}.`)).toBeVisible();
  await expect(lockScreenHeading(page)).toHaveCount(0);
});

test('auto-lock after the chosen minutes in the background, also when timers were frozen; forgot the passcode', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await gotoReady(page, '/nl/instellingen/gegevens');
  await importBackup(page, planBackupJson([], makeEntries(3)));
  await gotoReady(page, '/nl/instellingen/slot');
  await switchLockOn(page, LOCK_CODE, 1);

  await page.getByRole('navigation').getByRole('link', { name: 'Dagboek' }).click();
  const entry = page.getByText(`Notitie 0: ${ENTRY_TEXT}.`);
  await expect(entry).toBeVisible();

  // Half a minute away: still open.
  await setPageVisibility(page, 'hidden');
  await page.clock.fastForward(30_000);
  await setPageVisibility(page, 'visible');
  await expect(entry).toBeVisible();

  // More than a minute away: the timer locks it, while the page is still hidden.
  await setPageVisibility(page, 'hidden');
  await page.clock.fastForward('01:01');
  await expect(lockScreenHeading(page)).toBeAttached();
  await setPageVisibility(page, 'visible');
  await expect(lockScreenHeading(page)).toBeVisible();
  await expect(entry).toHaveCount(0);

  await unlockWith(page);
  await expect(entry).toBeVisible();

  // Timers frozen in the background (the clock jumps, no timer fires): locked on return.
  await setPageVisibility(page, 'hidden');
  await page.clock.setSystemTime((await page.evaluate(() => Date.now())) + 5 * 60_000);
  await expect(lockScreenHeading(page)).toHaveCount(0);
  await setPageVisibility(page, 'visible');
  await expect(lockScreenHeading(page)).toBeVisible();

  // Forgot the passcode: nothing can be recovered; delete everything and start again.
  await page.getByText('Code vergeten?').click();
  await expect(page.getByText(/niemand hem terughalen, ook Kier niet/)).toBeVisible();
  await page.getByRole('button', { name: 'Alles wissen en opnieuw beginnen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Alles wissen en opnieuw beginnen?' });
  await expect(dialog).toContainText('3 dagboeknotities');
  await dialog.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(page.getByText('Je hebt nog niets opgeschreven. Begin met één zin over vandaag.')).toBeVisible();
  await expect(lockScreenHeading(page)).toHaveCount(0);
  expect(await readStore(page, 'diary')).toEqual([]);
});
