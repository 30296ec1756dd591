import { expect, type Page } from '@playwright/test';

export interface TestEntry {
  id: string;
  occurredAt: string;
  createdAt: string;
  updatedAt: string;
  kind: 'event' | 'contact' | 'step' | 'feelings' | 'other';
  text: string;
  tension?: number;
  tags: string[];
}

/** `count` entries, one every few hours going back from `end`, with varied kinds, tension and text. */
export function makeEntries(count: number, end = new Date('2026-11-20T20:00:00.000Z')): TestEntry[] {
  const kinds = ['event', 'contact', 'step', 'feelings', 'other'] as const;
  return Array.from({ length: count }, (_, index) => {
    const at = new Date(end.getTime() - index * 7 * 3600_000).toISOString();
    const entry: TestEntry = {
      id: `e2e-${String(index).padStart(6, '0')}`,
      occurredAt: at,
      createdAt: at,
      updatedAt: at,
      kind: kinds[index % kinds.length]!,
      text: `Notitie ${index}: ${index % 3 === 0 ? 'hij kwam even naar beneden voor het ontbijt' : 'rustige avond, deur bleef dicht'}.`,
      tags: index % 4 === 0 ? ['eten'] : [],
    };
    if (index % 2 === 0) entry.tension = index % 11;
    return entry;
  });
}

export function backupJson(entries: TestEntry[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'kier-backup', version: 1, exportedAt: '2026-11-21T10:00:00.000Z', app: { name: 'Kier' }, diary: entries, settings: {}, ...extra });
}

/** Every record of a store, read straight from IndexedDB as the app left it. */
export async function readStore(page: Page, store = 'diary'): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('kier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Restores a backup through the data page, as a parent would. */
export async function importBackup(page: Page, contents: string, mode: 'merge' | 'replace' = 'merge', name = 'kier-backup-2026-11-21.json'): Promise<void> {
  await page.getByLabel(/Kies een back-upbestand|Choose a backup file/).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
  await expect(page.getByText(/Dit bestand bevat|This file holds/)).toBeVisible();
  if (mode === 'replace') {
    await page.getByRole('radio', { name: /Vervangen|Replace/ }).check();
    await page.getByRole('button', { name: /^Terugzetten$|^Restore$/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: /Ja, vervang alles|Yes, replace everything/ }).click();
  } else {
    await page.getByRole('button', { name: /^Terugzetten$|^Restore$/ }).click();
  }
  await expect(page.getByText(/^Klaar\.|^Done\./)).toBeVisible();
}
