import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { backupJson, importBackup, makeEntries, readStore } from './support/diary';
import { gotoReady } from './support/page-ready';
import { waitForServiceWorker } from './support/service-worker';

async function writeEntry(page: Page, text: string, options: { kind?: string; tension?: string } = {}) {
  await page.getByRole('link', { name: 'Nieuwe notitie' }).first().click();
  const area = page.getByLabel('Wat wil je opschrijven?');
  await expect(area).toBeFocused();
  await area.fill(text);
  // A tap lands on the radio button itself, which covers the whole chip.
  if (options.kind) await page.getByRole('group', { name: 'Soort notitie' }).getByRole('radio', { name: options.kind, exact: true }).click();
  if (options.tension) await page.getByRole('group', { name: 'Spanning in huis' }).getByRole('radio', { name: options.tension, exact: true }).click();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Je notitie is opgeslagen.')).toBeVisible();
}

test.describe('offline diary', () => {
  test.use({ serviceWorkers: 'allow' });

  test('write, reload, go offline, reload, edit, delete and undo', async ({ page, context }) => {
    await gotoReady(page, '/nl/dagboek');
    await waitForServiceWorker(page);
    await writeEntry(page, 'Hij zei goedemorgen op de trap.', { kind: 'Contactmoment', tension: '3' });
    const card = page.getByRole('listitem').filter({ hasText: 'Hij zei goedemorgen op de trap.' });
    await expect(card).toContainText('Contactmoment');
    await expect(card).toContainText('Spanning 3 van 10');

    await page.reload();
    await expect(page.getByText('Hij zei goedemorgen op de trap.')).toBeVisible();

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByText('Hij zei goedemorgen op de trap.')).toBeVisible();

    await page.getByRole('link', { name: /Bewerk notitie van .*: Contactmoment/ }).click();
    const area = page.getByLabel('Wat wil je opschrijven?');
    await expect(area).toHaveValue('Hij zei goedemorgen op de trap.');
    await area.fill('Hij zei goedemorgen op de trap, en lachte.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText('Hij zei goedemorgen op de trap, en lachte.')).toBeVisible();

    await page.getByRole('link', { name: /Bewerk notitie van/ }).click();
    await page.getByRole('button', { name: 'Verwijderen' }).click();
    await expect(page.getByText('Notitie verwijderd.')).toBeVisible();
    await expect(page.getByText('Hij zei goedemorgen op de trap, en lachte.')).toHaveCount(0);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect(page.getByText('Hij zei goedemorgen op de trap, en lachte.')).toBeVisible();
    expect(await readStore(page)).toHaveLength(1);
  });
});

test('a half-written entry survives closing the tab', async ({ context }) => {
  const first = await context.newPage();
  await gotoReady(first, '/nl/dagboek/notitie');
  await first.getByLabel('Wat wil je opschrijven?').pressSequentially('Ik schrijf dit half');
  await expect.poll(async () => (await readStore(first, 'drafts')).length).toBe(1);
  await first.close();

  const second = await context.newPage();
  await gotoReady(second, '/nl/dagboek');
  await second.getByRole('link', { name: 'Verder schrijven' }).click();
  await expect(second.getByLabel('Wat wil je opschrijven?')).toHaveValue('Ik schrijf dit half');
  await expect(second.getByText(/Je gaat verder waar je was gebleven/)).toBeVisible();
});

test('export, delete everything, import: the diary is identical', async ({ page }) => {
  await gotoReady(page, '/nl/instellingen/gegevens');
  await importBackup(page, backupJson(makeEntries(120)));
  const before = await readStore(page);
  expect(before).toHaveLength(120);

  // A file without a password is a choice: the password is ticked by default.
  await page.getByRole('checkbox', { name: 'Beveilig het bestand met een wachtwoord' }).uncheck();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back-up maken' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^kier-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = readFileSync((await download.path())!, 'utf8');
  await expect(page.getByText(/met 120 notities/)).toBeVisible();

  await page.getByRole('button', { name: 'Alles wissen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Weet je zeker dat je alles wilt wissen?' });
  await expect(dialog).toContainText('120 dagboeknotities');
  await dialog.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(page.getByText(/Alles is gewist/)).toBeVisible();
  expect(await readStore(page)).toHaveLength(0);

  await importBackup(page, exported);
  await expect(page.getByText('Klaar. Nieuw: 120. Bijgewerkt: 0. Al aanwezig: 0.')).toBeVisible();
  const byId = (a: unknown, b: unknown) => (a as { id: string }).id.localeCompare((b as { id: string }).id);
  expect((await readStore(page)).sort(byId)).toEqual(before.sort(byId));

  await page.goto('/nl/dagboek');
  await expect(page.getByText('120 notities', { exact: true })).toBeVisible();
});

test('broken and hostile backups are refused or shown safely, with the data untouched', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await gotoReady(page, '/nl/instellingen/gegevens');
  await importBackup(page, backupJson(makeEntries(3)));
  const before = await readStore(page);
  const choose = page.getByLabel('Kies een back-upbestand');

  const whole = backupJson(makeEntries(5));
  await choose.setInputFiles({ name: 'half.json', mimeType: 'application/json', buffer: Buffer.from(whole.slice(0, whole.length / 2)) });
  await expect(page.getByRole('alert')).toContainText('Er is niets veranderd');
  await choose.setInputFiles({ name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(backupJson([], { version: 7 })) });
  await expect(page.getByRole('alert')).toContainText(/nieuwere versie/);
  const wrong = makeEntries(2);
  (wrong[1] as { tension: unknown }).tension = 12;
  await choose.setInputFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(backupJson(wrong)) });
  await expect(page.getByRole('alert')).toContainText(/2/);
  await expect(page.getByRole('alert')).toContainText(/spanning/);
  expect(await readStore(page)).toEqual(before);

  // Markup in a backup is shown as text, never run.
  const hostile = makeEntries(1, new Date('2026-11-21T09:00:00.000Z'));
  hostile[0]!.id = 'hostile';
  hostile[0]!.text = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  await importBackup(page, backupJson(hostile));
  await page.goto('/nl/dagboek');
  await expect(page.getByText('<img src=x onerror="alert(1)"><script>alert(2)</script>')).toBeVisible();
  expect(await page.locator('main img, main script').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('a change in one tab shows in the other; two edits of one entry never drop one silently', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await gotoReady(a, '/nl/dagboek');
  await gotoReady(b, '/nl/dagboek');
  await writeEntry(a, 'Geschreven in tabblad A');
  await expect(b.getByText('Geschreven in tabblad A')).toBeVisible();

  // Both open the same entry; A saves first, B is told while still editing, and B's later save wins.
  await a.getByRole('link', { name: /Bewerk notitie van/ }).click();
  await b.getByRole('link', { name: /Bewerk notitie van/ }).click();
  await expect(b.getByLabel('Wat wil je opschrijven?')).toHaveValue('Geschreven in tabblad A');
  await a.getByLabel('Wat wil je opschrijven?').fill('Versie van A');
  await a.getByRole('button', { name: 'Opslaan' }).click();
  await expect(b.getByRole('alert')).toContainText('in een ander tabblad gewijzigd');
  await b.getByLabel('Wat wil je opschrijven?').fill('Versie van B');
  await b.getByRole('button', { name: 'Opslaan' }).click();
  await expect(b.getByText(/jouw versie geldt nu/)).toBeVisible();
  await expect(a.getByText(/in een ander tabblad opnieuw opgeslagen/)).toBeVisible();
  await expect(a.getByText('Versie van B')).toBeVisible();
});

test('says plainly when the browser keeps nothing, and still works for the session', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(IDBFactory.prototype, 'open', {
      value: () => {
        throw new DOMException('Storage is refused in this window', 'InvalidStateError');
      },
    });
  });
  await gotoReady(page, '/nl/dagboek');
  await expect(page.getByRole('alert')).toContainText('Deze browser laat Kier hier niets bewaren');
  await writeEntry(page, 'Alleen voor nu');
  await expect(page.getByText('Alleen voor nu')).toBeVisible();
  await page.goto('/nl/instellingen/gegevens');
  await expect(page.getByText(/Deze browser laat Kier niets bewaren/)).toBeVisible();
});

test('an older Kier meeting a newer database says so, keeps the data and never pretends to save', async ({ page }) => {
  await gotoReady(page, '/nl/dagboek');
  await writeEntry(page, 'Van vóór de nieuwe versie');
  // A newer build upgraded the database (as after a rollback deploy, or a stale cached build).
  const newer = await page.evaluate(async () => {
    const current = (await indexedDB.databases()).find((info) => info.name === 'kier')!.version!;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('kier', current + 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    return current + 1;
  });
  for (const path of ['/nl/dagboek', '/nl/dagboek/notitie']) {
    await gotoReady(page, path);
    await expect(page.getByRole('heading', { level: 1, name: 'Er is een nieuwere versie van Kier' })).toBeVisible();
    await expect(page.getByText(/Er is niets verloren: je dagboek, je concepten en je plannen staan nog op dit apparaat/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Pagina opnieuw laden' })).toBeVisible();
    await expect(page.getByText('Deze browser laat Kier hier niets bewaren')).toHaveCount(0);
    await expect(page.getByLabel('Wat wil je opschrijven?')).toHaveCount(0);
  }
  const after = await page.evaluate(async () => (await indexedDB.databases()).find((info) => info.name === 'kier')?.version);
  expect(after).toBe(newer);
});

test('settings show where the diary is kept, after the first entry', async ({ page }) => {
  await gotoReady(page, '/nl/dagboek');
  await writeEntry(page, 'Eerste notitie');
  // After the first entry the diary offers its lock, inline.
  const offer = page.getByRole('region', { name: 'Wil je een code op je dagboek?' });
  await expect(offer.getByRole('link', { name: 'Code instellen' })).toHaveAttribute('href', '/nl/instellingen/slot');
  await expectNoAxeViolations(page, 'diary with the lock offer');
  await page.goto('/nl/instellingen');
  await page.getByRole('link', { name: 'Back-up, terugzetten en alles wissen' }).click();
  await expect(page.getByText('Op dit apparaat, in deze browser.', { exact: false })).toBeVisible();
  await expect(page.getByTestId('persisted')).toHaveText(/bewaren|wissen|zegt niet/);
  await expect(page.getByTestId('usage')).toContainText('Kier gebruikt nu');
});

// One test per diary screen, each with its own 60 entries, so that each stays well inside the
// default timeout and the screens spread over the workers.
test.describe('axe: diary screens with data (nl)', () => {
  test.describe.configure({ timeout: 60_000 });
  test.beforeEach(async ({ page }) => {
    await gotoReady(page, '/nl/instellingen/gegevens');
    await importBackup(page, backupJson(makeEntries(60, new Date())));
  });

  test('the data page: after an import, with a problem, the delete dialog', async ({ page }) => {
    await expectNoAxeViolations(page, 'data after import');
    await page.getByLabel('Kies een back-upbestand').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{') });
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page, 'data with a problem');
    await page.getByRole('button', { name: 'Alles wissen…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page, 'delete dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('the timeline, with and without filters', async ({ page }) => {
    await gotoReady(page, '/nl/dagboek');
    await expect(page.getByRole('region', { name: 'Notities per dag' })).toBeVisible();
    await expectNoAxeViolations(page, 'timeline');
    await page.getByText(/^Filters$/).click();
    await expectNoAxeViolations(page, 'timeline with filters');
  });

  test('the editor of an existing entry', async ({ page }) => {
    await gotoReady(page, '/nl/dagboek/notitie?id=e2e-000000');
    await expect(page.getByLabel('Wat wil je opschrijven?')).toBeFocused();
    await page.getByRole('button', { name: 'Opslaan', exact: true }).focus();
    await expectNoAxeViolations(page, 'editor');
  });

  test('the tension chart, whose points open their entry', async ({ page }) => {
    await gotoReady(page, '/nl/dagboek/spanning');
    await expect(page.locator('svg.tension-chart')).toBeVisible();
    await expectNoAxeViolations(page, 'tension');
    // A point is a link in a real browser too: a tap opens that day's entry.
    const point = page.locator('svg.tension-chart a').last();
    await point.focus();
    await expect(point).toBeFocused();
    await point.click();
    await expect(page).toHaveURL(/\/notitie\?id=e2e-/);
    await expect(page.getByLabel('Wat wil je opschrijven?')).toBeVisible();
  });

  test('the summary for an appointment, on screen and on paper', async ({ page }) => {
    await gotoReady(page, '/nl/dagboek/overzicht');
    await expect(page.locator('svg.tension-chart')).toBeVisible();
    await page.getByRole('textbox', { name: 'Wat wil je zeker zeggen of vragen?' }).fill('Hoe praat ik met hem?');
    await expectNoAxeViolations(page, 'summary');
    // On paper: no task list; her question, then the hardest moments, then all entries.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.task-list')).toBeHidden();
    const tops = await Promise.all(['.summary-questions', '.summary-hardest', '.summary-all'].map(async (selector) => (await page.locator(selector).boundingBox())!.y));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    await page.emulateMedia({ media: 'screen' });
  });
});
