import { expect, type Page } from '@playwright/test';

/** The builder's "next step" link, then waits for the new step's heading. */
export async function nextStep(page: Page, heading: string | RegExp): Promise<void> {
  await page.getByRole('link', { name: 'Volgende stap' }).click();
  const title = page.getByRole('heading', { level: 1, name: heading });
  await expect(title).toBeVisible();
  // The new step focuses its heading and scrolls to the top (smoothly, without reduced motion)
  // in one effect; a click aimed before that scroll ends (a forced click goes by coordinates and
  // skips Playwright's stability wait) can land beside its target on a busy machine.
  await expect(title).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
}

/** Ticks a chip checkbox by its label (the input covers the whole chip). */
export async function tick(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('checkbox', { name }).check();
}

/** Sorts one item on step 2. */
export async function sort(page: Page, item: string, decision: 'Accepteer ik voor nu' | 'Accepteer ik niet meer' | 'Later'): Promise<void> {
  await page.getByRole('group', { name: item }).getByRole('radio', { name: decision }).check();
}

/** The plans store, read through the page (the app has opened the database). */
export function readPlans(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('kier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('plans').objectStore('plans').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Record<string, unknown>[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Puts plans straight into the store (after the app has created the database). */
export function putPlans(page: Page, plans: unknown[]): Promise<void> {
  return page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('plans', 'readwrite');
          for (const record of records) tx.objectStore('plans').put(record);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    plans,
  );
}
