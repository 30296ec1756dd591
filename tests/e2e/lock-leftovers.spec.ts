import { expect, test } from '@playwright/test';
import { LOCK_CODE, lockScreenHeading, switchLockOn, unlockWith } from './support/lock';
import { gotoReady } from './support/page-ready';

/**
 * Issue #20, point 3: with the lock on, the words in a private page's form must not stay in the
 * page when it goes away (browsers keep open tabs' form contents in their session files, in clear).
 * They come back from the sealed draft after unlocking.
 */
test('with the lock on, leaving the page empties the form; the words come back from the sealed draft', async ({ page }) => {
  await gotoReady(page, '/nl/instellingen/slot');
  await switchLockOn(page, LOCK_CODE);
  await gotoReady(page, '/nl/dagboek/notitie');
  await unlockWith(page, LOCK_CODE);
  const text = page.getByLabel('Wat wil je opschrijven?');
  await text.fill('Vannacht schreeuwde hij weer');
  await expect(text).toHaveAttribute('autocomplete', 'off');
  // Let the draft reach the database (sealed), as it does on every keystroke.
  await expect
    .poll(() => page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('kier');
        request.onsuccess = () => resolve(request.result);
      });
      const count = await new Promise<number>((resolve) => {
        const request = db.transaction('drafts').objectStore('drafts').count();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return count;
    }))
    .toBe(1);

  // What the browser sees at the moment the page goes away (closing, quick exit, bfcache).
  const leftInForm = await page.evaluate(() => {
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    return [...document.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('main textarea, main input')].map((field) => field.value).filter(Boolean);
  });
  expect(leftInForm.join(' ')).not.toContain('schreeuwde');

  await expect(lockScreenHeading(page)).toBeVisible();
  await unlockWith(page, LOCK_CODE);
  await expect(page.getByLabel('Wat wil je opschrijven?')).toHaveValue('Vannacht schreeuwde hij weer');
});
