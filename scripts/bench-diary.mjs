// Diary speed with 10,000 entries in the real app in Chromium: import (check + write), export,
// opening the diary to the first screen of entries, and search; median and worst of several runs,
// plus the JS heap once everything is loaded. The app records each step as a performance measure
// (`kier-diary-*`), so the figures are the app's own work, not the test driver's.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const ENTRIES = Number(process.env.BENCH_DIARY_ENTRIES ?? 10_000);
const RUNS = Number(process.env.BENCH_DIARY_RUNS ?? 5);
const QUERIES = ['ontbijt', 'deur', 'avond rustig', 'BENEDEN', 'geirriteerd', 'notitie 99', 'eten', 'kwam even', 'xyz', 'rust'];
const KINDS = ['event', 'contact', 'step', 'feelings', 'other'];
const PHRASES = ['hij kwam even naar beneden voor het ontbijt', 'rustige avond, de deur bleef dicht', 'geïrriteerd over de wifi, daarna stil', 'we aten samen, hij zei weinig', 'ik voelde me moe en alleen'];

/** A version 1 backup file with ENTRIES diary entries (also used by bench-lock.mjs). */
export function diaryBackup(entries = ENTRIES) {
  const end = Date.parse('2026-11-20T20:00:00.000Z');
  const diary = Array.from({ length: entries }, (_, index) => {
    const at = new Date(end - index * 5 * 3600_000).toISOString();
    const entry = { id: `bench-${index}`, occurredAt: at, createdAt: at, updatedAt: at, kind: KINDS[index % 5], text: `Notitie ${index}: ${PHRASES[index % PHRASES.length]}. ${'Wat er verder gebeurde. '.repeat(1 + (index % 6))}`, tags: index % 4 === 0 ? ['eten'] : [] };
    if (index % 2 === 0) entry.tension = index % 11;
    return entry;
  });
  return JSON.stringify({ format: 'kier-backup', version: 1, exportedAt: '2026-11-21T10:00:00.000Z', app: { name: 'Kier' }, diary, settings: {} });
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], worst: sorted.at(-1), runs: sorted.length };
};

const measures = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).map((entry) => entry.duration), name);

async function waitForMeasure(page, name, before) {
  await page.waitForFunction(([n, count]) => performance.getEntriesByName(n).length > count, [name, before], { timeout: 60_000 });
}

export async function benchDiary(origin) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
  const file = { name: 'kier-backup-bench.json', mimeType: 'application/json', buffer: Buffer.from(diaryBackup()) };
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${origin}/nl/instellingen/gegevens`, { waitUntil: 'networkidle' });
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });

    const imports = [];
    const importChecks = [];
    const importWrites = [];
    for (let run = 0; run < RUNS; run++) {
      await page.getByLabel('Kies een back-upbestand').setInputFiles(file);
      await page.getByText(/Dit bestand bevat/).waitFor();
      await page.getByRole('radio', { name: /Vervangen/ }).check();
      await page.getByRole('button', { name: 'Terugzetten' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Ja, vervang alles' }).click();
      await page.getByText(/^Klaar\./).waitFor({ timeout: 60_000 });
      const [check, write] = await Promise.all([measures(page, 'kier-diary-import-check'), measures(page, 'kier-diary-import-write')]);
      imports.push(check.at(-1) + write.at(-1));
      importChecks.push(check.at(-1));
      importWrites.push(write.at(-1));
    }

    for (let run = 0; run < RUNS; run++) {
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Back-up maken' }).click();
      await (await downloading).path();
    }
    const exports = await measures(page, 'kier-diary-export');
    const exportBytes = file.buffer.length;

    const firstScreens = [];
    const opens = [];
    const reads = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${origin}/nl/dagboek`);
      await waitForMeasure(page, 'kier-diary-open', 0);
      firstScreens.push((await measures(page, 'kier-diary-first-screen'))[0]);
      opens.push((await measures(page, 'kier-diary-open'))[0]);
      reads.push((await measures(page, 'kier-diary-first-read'))[0]);
    }
    await page.getByText(`${ENTRIES} notities`).waitFor({ timeout: 60_000 });
    const heapBytes = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);

    const box = page.getByRole('searchbox', { name: 'Zoek in je dagboek' });
    for (let run = 0; run < RUNS; run++) {
      for (const query of QUERIES) {
        const before = (await measures(page, 'kier-diary-search')).length;
        await box.fill(query);
        await waitForMeasure(page, 'kier-diary-search', before);
      }
      await box.fill('');
    }
    const searches = await measures(page, 'kier-diary-search');

    return {
      entries: ENTRIES,
      backupBytes: exportBytes,
      firstScreenMs: stats(firstScreens),
      openMs: stats(opens),
      firstReadMs: stats(reads),
      searchMs: stats(searches),
      exportMs: stats(exports),
      importMs: stats(imports),
      importCheckMs: stats(importChecks),
      importWriteMs: stats(importWrites),
      heapBytes,
    };
  } finally {
    await browser.close();
  }
}
