import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { importBackup, makeEntries } from './support/diary';
import { gotoReady } from './support/page-ready';
import { LOCK_CODE, lockScreenHeading, rawStoresText, switchLockOn, unlockWith } from './support/lock';
import { makePlans, planBackupJson } from './support/plans';

const PASSWORD = 'Kastanjeboom & 7 eikels';

test('with the lock on: export must be protected; import asks the password, refuses a wrong one, and stores sealed records', async ({ page }) => {
  test.setTimeout(120_000);
  const entries = makeEntries(6);
  await gotoReady(page, '/nl/instellingen/gegevens');
  await importBackup(page, planBackupJson(makePlans(), entries));

  await gotoReady(page, '/nl/instellingen/slot');
  await switchLockOn(page);
  await gotoReady(page, '/nl/instellingen/gegevens');
  await expect(lockScreenHeading(page)).toBeVisible();
  await unlockWith(page, LOCK_CODE);

  // No plain file while the lock is on: the password fields are there from the start.
  await expect(page.getByRole('checkbox', { name: 'Beveilig het bestand met een wachtwoord' })).toHaveCount(0);
  await page.getByLabel('Wachtwoord voor het bestand').fill(PASSWORD);
  await page.getByLabel('Typ het wachtwoord nog een keer').fill(PASSWORD);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back-up maken' }).click();
  const download = await downloading;
  const exported = readFileSync((await download.path())!, 'utf8');
  expect(Object.keys(JSON.parse(exported) as object)).toContain('encrypted');
  for (const entry of entries) expect(exported).not.toContain(entry.text);

  // Restoring into the locked diary: wrong password first, nothing changes; then the right one.
  const before = await rawStoresText(page);
  await page.getByLabel('Kies een back-upbestand').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(exported) });
  await page.getByLabel('Wachtwoord van het bestand').fill('niet het goede wachtwoord');
  await page.getByRole('button', { name: 'Bestand openen' }).click();
  await expect(page.getByRole('alert')).toHaveText('Dit wachtwoord past niet bij dit bestand. Er is niets veranderd.');
  expect(await rawStoresText(page)).toEqual(before);

  await page.getByLabel('Wachtwoord van het bestand').fill(PASSWORD);
  await page.getByRole('button', { name: 'Bestand openen' }).click();
  await expect(page.getByText(/Dit bestand bevat 6 notities en 2 plannen\./)).toBeVisible();
  await page.getByRole('radio', { name: /Vervangen/ }).check();
  await page.getByRole('button', { name: /^Terugzetten$/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: /Ja, vervang alles/ }).click();
  await expect(page.getByText(/^Klaar\./)).toBeVisible();

  const after = await rawStoresText(page);
  expect(after.counts).toMatchObject({ diary: 6, plans: 2 });
  for (const entry of entries) expect(after.text).not.toContain(entry.text);
  await gotoReady(page, '/nl/dagboek');
  await expect(lockScreenHeading(page)).toBeVisible();
  await unlockWith(page, LOCK_CODE);
  await expect(page.getByText(entries[0]!.text)).toBeVisible();
});
