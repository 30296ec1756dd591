import { expect, test } from '@playwright/test';
import { lockScreenHeading, switchLockOn } from './support/lock';
import { gotoReady } from './support/page-ready';

/**
 * Issue #20, point 5: someone with the browser profile edits the stored lock record's iteration
 * count to 2·10⁸. Before, unlocking then spun for minutes; now the lock screen refuses at once.
 */
test('a lock record with an iteration count Kier never writes is refused at once, with a clear message', async ({ page }) => {
  test.setTimeout(60_000);
  await gotoReady(page, '/nl/instellingen/slot');
  await switchLockOn(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('meta', 'readwrite');
          const store = tx.objectStore('meta');
          const read = store.get('lock');
          read.onsuccess = () => {
            const record = read.result as { key: string; value: { kdf: { iterations: number } } };
            record.value.kdf.iterations = 200_000_000;
            store.put(record);
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.goto('/nl/dagboek');
  await expect(lockScreenHeading(page)).toBeVisible();
  await page.getByLabel('Je code').fill('zonnebloem-tafel-42');
  const started = Date.now();
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByText(/Het slot van dit apparaat is veranderd of beschadigd/)).toBeVisible({ timeout: 3_000 });
  expect(Date.now() - started).toBeLessThan(3_000);
  await expect(page.getByText(/Er is niets gewist/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toBeEnabled();
});
