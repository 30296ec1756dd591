import { expect, type Page } from '@playwright/test';

/** The passcode the lock tests use (the real KDF: each unlock takes about a second). */
export const LOCK_CODE = 'zonnebloem-tafel-42';

/** Switches the lock on through the lock settings page, as a parent would (the page must be open). */
export async function switchLockOn(page: Page, code = LOCK_CODE, minutes?: 1 | 5 | 15 | 30): Promise<void> {
  await page.getByLabel('Nieuwe code').fill(code);
  await page.getByLabel('Typ je code nog een keer').fill(code);
  if (minutes) await page.getByRole('radio', { name: minutes === 1 ? 'Na 1 minuut' : `Na ${minutes} minuten` }).check();
  await page.getByRole('checkbox', { name: 'Ik begrijp dat niemand mijn code kan terughalen' }).check();
  await page.getByRole('button', { name: 'Slot aanzetten' }).click();
  await expect(page.getByText('Klaar. Vanaf nu vraagt Kier je code als je je dagboek of je plan opent.')).toBeVisible({ timeout: 15_000 });
}

/** Types the passcode on the lock screen and waits until the lock screen is gone. */
export async function unlockWith(page: Page, code = LOCK_CODE): Promise<void> {
  await page.getByLabel('Je code').fill(code);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Je dagboek is vergrendeld' })).toHaveCount(0, { timeout: 15_000 });
}

export function lockScreenHeading(page: Page) {
  return page.getByRole('heading', { level: 1, name: 'Je dagboek is vergrendeld' });
}

/**
 * The protected stores exactly as IndexedDB holds them, as one text: bytes (IVs, ciphertext)
 * are decoded as UTF-8 as well, so any readable word in them would show up.
 */
export async function rawStoresText(page: Page, stores: readonly string[] = ['diary', 'drafts', 'plans']): Promise<{ text: string; counts: Record<string, number> }> {
  return page.evaluate(
    (names) =>
      new Promise<{ text: string; counts: Record<string, number> }>((resolve, reject) => {
        const open = indexedDB.open('kier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const present = names.filter((name) => db.objectStoreNames.contains(name));
          const tx = db.transaction(present, 'readonly');
          const all: Record<string, unknown[]> = {};
          for (const name of present) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              all[name] = request.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            const decoder = new TextDecoder('utf-8', { fatal: false });
            const text = JSON.stringify(all, (_key, value: unknown) => (value instanceof Uint8Array ? decoder.decode(value) : value instanceof ArrayBuffer ? decoder.decode(new Uint8Array(value)) : value));
            resolve({ text, counts: Object.fromEntries(Object.entries(all).map(([name, records]) => [name, records.length])) });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [...stores],
  );
}

/** Pretends the page went to the background (another app or tab) or came back. */
export async function setPageVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate((next) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => next });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => next === 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

/** How long each unlock took in this page (the app's 'kier-unlock' performance measures), in ms. */
export function unlockMeasures(page: Page): Promise<number[]> {
  return page.evaluate(() => performance.getEntriesByName('kier-unlock', 'measure').map((entry) => Math.round(entry.duration)));
}

/** Text at 200%: the page must not scroll sideways (then back to normal). */
export async function expectNoSidewaysScrollAt200(page: Page, label: string): Promise<void> {
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
  expect(overflow, `${label} scrolls sideways at 200% text`).toBeLessThanOrEqual(0);
}
