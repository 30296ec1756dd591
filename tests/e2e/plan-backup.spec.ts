import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { importBackup, makeEntries, readStore } from './support/diary';
import { gotoReady } from './support/page-ready';
import { makePlans, planBackupJson, readPlanReview } from './support/plans';

const byId = (a: unknown, b: unknown) => (a as { id: string }).id.localeCompare((b as { id: string }).id);

test('export, delete everything, import: the plans are identical', async ({ page }) => {
  await gotoReady(page, '/nl/instellingen/gegevens');

  // Plans come onto the device through the app: a version 2 backup, restored on the data page.
  await importBackup(page, planBackupJson(makePlans(), makeEntries(3)));
  await expect(page.getByText('Klaar. Notities: 3 nieuw, 0 bijgewerkt, 0 al aanwezig. Plannen: 2 nieuw, 0 bijgewerkt, 0 al aanwezig.')).toBeVisible();
  const before = (await readStore(page, 'plans')).sort(byId);
  expect(before).toEqual([...makePlans()].sort(byId));
  // The home page's reminder follows the newest plan.
  expect(await readPlanReview(page)).toBe('2026-12-01');

  // A file without a password is a choice: the password is ticked by default.
  await page.getByRole('checkbox', { name: 'Beveilig het bestand met een wachtwoord' }).uncheck();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back-up maken' }).click();
  const download = await downloading;
  const exported = readFileSync((await download.path())!, 'utf8');
  await expect(page.getByText(/met 3 notities en 2 plannen\./)).toBeVisible();
  const file = JSON.parse(exported) as { version: number; plans: { id: string }[] };
  expect(file.version).toBe(2);
  expect(file.plans.map((plan) => plan.id)).toEqual(['e2e-plan-finished', 'e2e-plan-current']);

  await page.getByRole('button', { name: 'Alles wissen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Weet je zeker dat je alles wilt wissen?' });
  await expect(dialog).toContainText('2 plannen');
  await dialog.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(page.getByText(/Alles is gewist/)).toBeVisible();
  expect(await readStore(page, 'plans')).toHaveLength(0);
  expect(await readPlanReview(page)).toBeNull();

  await page.getByLabel('Kies een back-upbestand').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByText(/Dit bestand bevat 3 notities en 2 plannen\./)).toBeVisible();
  await page.getByRole('button', { name: /^Terugzetten$/ }).click();
  await expect(page.getByText('Klaar. Notities: 3 nieuw, 0 bijgewerkt, 0 al aanwezig. Plannen: 2 nieuw, 0 bijgewerkt, 0 al aanwezig.')).toBeVisible();

  expect((await readStore(page, 'plans')).sort(byId)).toEqual(before);
  expect(await readStore(page)).toHaveLength(3);
  expect(await readPlanReview(page)).toBe('2026-12-01');
});

test('a plan that accepts a safety item is imported without that decision', async ({ page }) => {
  await gotoReady(page, '/nl/instellingen/gegevens');
  await importBackup(page, planBackupJson(makePlans()));
  const before = await readStore(page, 'plans');

  const [finished, current] = makePlans();
  const unsafe = { ...current!, id: 'e2e-plan-unsafe', items: [{ id: 'k1', text: 'Hij slaat zijn broertje', group: 'safety' as const, decision: 'accept' as const }], startItemIds: [], changes: [] };
  await importBackup(page, planBackupJson([finished!, unsafe]));
  await expect.poll(async () => (await readStore(page, 'plans')).length).toBe(before.length + 1);
  const imported = (await readStore(page, 'plans')).find((plan) => (plan as { id: string }).id === 'e2e-plan-unsafe') as { items: unknown[] };
  expect(imported.items).toEqual([{ id: 'k1', text: 'Hij slaat zijn broertje', group: 'safety' }]);
});
