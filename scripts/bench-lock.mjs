// The diary lock with 10,000 entries in the real app in Chromium: switching the lock on (key
// derivation plus encrypting every entry, all in one transaction), unlocking (PBKDF2 with
// 600,000 iterations), and the diary's first screen and full load from sealed records. The app
// records each step as a performance measure (`kier-lock-*`, `kier-unlock`, `kier-diary-*`).
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { diaryBackup } from './bench-diary.mjs';

const ENTRIES = Number(process.env.BENCH_DIARY_ENTRIES ?? 10_000);
const RUNS = Number(process.env.BENCH_LOCK_RUNS ?? 3);
const PASSCODE = 'bench-code-2026';

const stats = (values) => {
  const sorted = [...values].filter((value) => typeof value === 'number').sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], worst: sorted.at(-1), runs: sorted.length };
};
const last = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? null, name);
const waitForMeasure = (page, name) => page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 120_000 });

export async function benchLock(origin) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${origin}/nl/instellingen/gegevens`, { waitUntil: 'networkidle' });
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await page.getByLabel('Kies een back-upbestand').setInputFiles({ name: 'kier-backup-bench.json', mimeType: 'application/json', buffer: Buffer.from(diaryBackup(ENTRIES)) });
    await page.getByText(/Dit bestand bevat/).waitFor();
    await page.getByRole('button', { name: 'Terugzetten' }).click();
    await page.getByText(/^Klaar\./).waitFor({ timeout: 60_000 });

    await page.goto(`${origin}/nl/instellingen/slot`);
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await page.getByLabel('Nieuwe code', { exact: true }).fill(PASSCODE);
    await page.getByLabel('Typ je code nog een keer').fill(PASSCODE);
    await page.getByLabel('Ik begrijp dat niemand mijn code kan terughalen').check();
    await page.getByRole('button', { name: 'Slot aanzetten' }).click();
    await waitForMeasure(page, 'kier-lock-enable');
    const enableMs = await last(page, 'kier-lock-enable');
    const encryptAllMs = await last(page, 'kier-lock-encrypt-all');

    const unlocks = [];
    const unlockChecks = [];
    const firstScreens = [];
    const allLoaded = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${origin}/nl/dagboek`);
      const code = page.getByLabel('Je code', { exact: true });
      await code.fill(PASSCODE);
      await page.getByRole('button', { name: 'Ontgrendelen' }).click();
      await waitForMeasure(page, 'kier-diary-first-screen');
      unlocks.push(await last(page, 'kier-unlock'));
      unlockChecks.push(await last(page, 'kier-lock-unlock-check'));
      firstScreens.push(await last(page, 'kier-diary-first-read'));
      const started = Date.now();
      await page.getByText(`${ENTRIES.toLocaleString('nl-NL')} notities`).or(page.getByText(`${ENTRIES} notities`)).first().waitFor({ timeout: 60_000 });
      allLoaded.push(Date.now() - started);
    }
    return {
      entries: ENTRIES,
      enableMs,
      encryptAllMs,
      unlockMs: stats(unlocks),
      unlockCheckMs: stats(unlockChecks),
      firstReadSealedMs: stats(firstScreens),
      restAfterFirstScreenMs: stats(allLoaded),
    };
  } finally {
    await browser.close();
  }
}
