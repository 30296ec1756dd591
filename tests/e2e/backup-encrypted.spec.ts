import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { importBackup, makeEntries, readStore } from './support/diary';
import { gotoReady } from './support/page-ready';
import { makePlans, planBackupJson, readPlanReview } from './support/plans';

/** A backup protected with a password, with the diary lock off: the parent's own choice. */

const byId = (a: unknown, b: unknown) => (a as { id: string }).id.localeCompare((b as { id: string }).id);
const PASSWORD = 'Appelboom & 42 kastanjes';

test('export with a password, delete everything, a wrong password changes nothing, the right one restores it all', async ({ page }) => {
  test.setTimeout(120_000);
  await gotoReady(page, '/nl/instellingen/gegevens');
  const entries = makeEntries(12);
  await importBackup(page, planBackupJson(makePlans(), entries));
  const diaryBefore = (await readStore(page)).sort(byId);
  const plansBefore = (await readStore(page, 'plans')).sort(byId);
  expect(diaryBefore).toHaveLength(12);
  expect(plansBefore).toHaveLength(2);

  // Protection is ticked by default while the lock is off; the form explains it and asks twice.
  await expect(page.getByRole('checkbox', { name: 'Beveilig het bestand met een wachtwoord' })).toBeChecked();
  await expect(page.getByText(/Zonder dit wachtwoord kan niemand het bestand openen, ook jij niet\./)).toBeVisible();
  const password = page.getByLabel('Wachtwoord voor het bestand');
  const repeat = page.getByLabel('Typ het wachtwoord nog een keer');
  await expect(password).toHaveAttribute('type', 'password');
  await expect(password).toHaveAttribute('autocomplete', 'new-password');
  await password.fill(PASSWORD);
  await repeat.fill(`${PASSWORD}!`);
  await page.getByRole('button', { name: 'Back-up maken' }).click();
  await expect(page.getByRole('alert')).toHaveText('De twee wachtwoorden zijn niet hetzelfde. Typ ze nog een keer.');
  await repeat.fill(PASSWORD);
  await expectNoAxeViolations(page, 'export with a password');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back-up maken' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^kier-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = readFileSync((await download.path())!, 'utf8');
  await expect(page.getByText(/met 12 notities en 2 plannen\. Het bestand is beveiligd met je wachtwoord\./)).toBeVisible();
  await expect(page.getByText(/^Het bestand staat meestal in je map Downloads/)).toBeVisible();

  // Nothing of the diary or the plans can be read in the file.
  const file = JSON.parse(exported) as Record<string, unknown>;
  expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'app', 'encrypted']);
  for (const clear of [
    ...entries.map((entry) => entry.text),
    'hij kwam even naar beneden',
    'deur bleef dicht',
    'e2e-000001',
    'e2e-plan-finished',
    'Ik sta om 3 uur op om de wifi te resetten',
    'Mijn zus Anna',
    '06-12345678',
    'voetbaluitslagen',
    'meals-to-room',
    PASSWORD,
  ]) {
    expect(exported).not.toContain(clear);
  }

  await page.getByRole('button', { name: 'Alles wissen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Weet je zeker dat je alles wilt wissen?' });
  await dialog.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(page.getByText(/Alles is gewist/)).toBeVisible();
  expect(await readStore(page)).toHaveLength(0);
  expect(await readStore(page, 'plans')).toHaveLength(0);

  await page.getByLabel('Kies een back-upbestand').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByText(/^Dit bestand is beveiligd met een wachtwoord\. Gemaakt op /)).toBeVisible();
  await expect(page.getByText(/Dit bestand bevat/)).toHaveCount(0);
  const filePassword = page.getByLabel('Wachtwoord van het bestand');

  await filePassword.fill('appelboom & 42 kastanjes');
  await page.getByRole('button', { name: 'Bestand openen' }).click();
  await expect(page.getByRole('alert')).toHaveText('Dit wachtwoord past niet bij dit bestand. Er is niets veranderd.');
  await expect(filePassword).toHaveAttribute('aria-invalid', 'true');
  expect(await readStore(page)).toHaveLength(0);
  expect(await readStore(page, 'plans')).toHaveLength(0);
  await expectNoAxeViolations(page, 'import with a wrong password');

  await filePassword.fill(PASSWORD);
  await page.getByRole('button', { name: 'Bestand openen' }).click();
  await expect(page.getByText(/Dit bestand bevat 12 notities en 2 plannen\./)).toBeVisible();
  expect(await readStore(page)).toHaveLength(0);
  await page.getByRole('button', { name: /^Terugzetten$/ }).click();
  await expect(page.getByText('Klaar. Notities: 12 nieuw, 0 bijgewerkt, 0 al aanwezig. Plannen: 2 nieuw, 0 bijgewerkt, 0 al aanwezig.')).toBeVisible();

  expect((await readStore(page)).sort(byId)).toEqual(diaryBefore);
  expect((await readStore(page, 'plans')).sort(byId)).toEqual(plansBefore);
  expect(await readPlanReview(page)).toBe('2026-12-01');
});
