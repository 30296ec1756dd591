import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { lockScreenHeading, LOCK_CODE, switchLockOn, unlockWith } from './support/lock';
import { gotoReady } from './support/page-ready';

/**
 * Issue #20, point 2: unlocking with the phone's fingerprint or face, through a passkey with the
 * WebAuthn PRF extension. Chromium's virtual authenticator stands in for the phone: a platform
 * authenticator with user verification and PRF (CTAP2 hmac-secret). WebAuthn does not accept an
 * IP address as the site, so these pages are opened on localhost.
 */
async function addPhone(page: Page, options: { hasPrf: boolean }): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', ctap2Version: 'ctap2_1', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, hasPrf: options.hasPrf, automaticPresenceSimulation: true },
  });
  return { cdp, authenticatorId };
}

function onLocalhost(path: string): string {
  return `http://localhost:${process.env.KIER_E2E_PORT ?? 4173}${path}`;
}

test('a parent turns on the fingerprint, locks, and opens the diary with it; the code still works and a changed code turns it off', async ({ page }) => {
  test.setTimeout(90_000);
  const { cdp, authenticatorId } = await addPhone(page, { hasPrf: true });
  await gotoReady(page, onLocalhost('/nl/instellingen/slot'));
  await switchLockOn(page);

  const section = page.getByRole('region', { name: 'Openen met je vingerafdruk of gezicht' });
  await expect(section.getByText(/iedereen die je telefoon kan ontgrendelen, kan dan ook je dagboek openen/)).toBeVisible();
  // A wrong code first: the phone is not asked to make a passkey for it.
  await section.getByLabel('Je code').fill('verkeerde-code-12');
  await section.getByRole('button', { name: 'Zet aan' }).click();
  await expect(section.getByText('Deze code klopt niet.')).toBeVisible({ timeout: 15_000 });
  expect((await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials).toHaveLength(0);

  await section.getByLabel('Je code').fill(LOCK_CODE);
  await section.getByRole('button', { name: 'Zet aan' }).click();
  await expect(section.getByText(/Staat aan\. Op het slotscherm/)).toBeVisible({ timeout: 15_000 });
  expect((await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials).toHaveLength(1);

  // The lock record holds the passkey's id and the wrapped key; no readable key bits.
  const stored = await page.evaluate(
    () =>
      new Promise<{ hasPasskey: boolean; wrappedBytes: number }>((resolve, reject) => {
        const open = indexedDB.open('kier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('meta').objectStore('meta').get('lock');
          read.onsuccess = () => {
            const passkey = (read.result as { value: { passkey?: { wrapped: { data: Uint8Array } } } }).value.passkey;
            open.result.close();
            resolve({ hasPasskey: Boolean(passkey), wrappedBytes: passkey?.wrapped.data.length ?? 0 });
          };
        };
      }),
  );
  expect(stored).toEqual({ hasPasskey: true, wrappedBytes: 32 + 16 });

  // Lock, reload: the lock screen offers the fingerprint, and it opens the diary.
  await page.getByRole('button', { name: 'Nu vergrendelen' }).click();
  await page.goto(onLocalhost('/nl/dagboek'));
  await expect(lockScreenHeading(page)).toBeVisible();
  await page.getByRole('button', { name: 'Open met vingerafdruk of gezicht' }).click();
  await expect(lockScreenHeading(page)).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Dagboek' })).toBeVisible();

  // A fingerprint that does not match (the authenticator says the user was not verified): nothing
  // opens. Leaving the page (goto) locks the tab, so the settings page asks again.
  await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: false });
  await page.goto(onLocalhost('/nl/instellingen/slot'));
  await expect(lockScreenHeading(page)).toBeVisible();
  await page.getByRole('button', { name: 'Open met vingerafdruk of gezicht' }).click();
  await expect(page.getByText(/Dat lukte niet, of het werd afgebroken/)).toBeVisible({ timeout: 15_000 });
  await expect(lockScreenHeading(page)).toBeVisible();
  await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: true });

  // The code still opens it.
  await unlockWith(page);

  // A new code: the passkey no longer fits, so it is off and the page says so.
  await page.getByLabel('Je code van nu').fill(LOCK_CODE);
  await page.getByLabel('Nieuwe code', { exact: true }).fill('lantaarn-kompas-winter');
  await page.getByLabel('Typ de nieuwe code nog een keer').fill('lantaarn-kompas-winter');
  await page.getByRole('button', { name: 'Code veranderen' }).click();
  await expect(section.getByRole('button', { name: 'Zet aan' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Nu vergrendelen' }).click();
  await page.goto(onLocalhost('/nl/dagboek'));
  await expect(lockScreenHeading(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open met vingerafdruk of gezicht' })).toHaveCount(0);
});

test('a phone whose passkeys cannot give Kier a secret (no PRF) is told so, and nothing changes', async ({ page }) => {
  test.setTimeout(60_000);
  await addPhone(page, { hasPrf: false });
  await gotoReady(page, onLocalhost('/nl/instellingen/slot'));
  await switchLockOn(page);
  const section = page.getByRole('region', { name: 'Openen met je vingerafdruk of gezicht' });
  await section.getByLabel('Je code').fill(LOCK_CODE);
  await section.getByRole('button', { name: 'Zet aan' }).click();
  await expect(section.getByText(/kan hem niet gebruiken om Kier te openen/)).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Nu vergrendelen' }).click();
  await page.goto(onLocalhost('/nl/dagboek'));
  await expect(lockScreenHeading(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open met vingerafdruk of gezicht' })).toHaveCount(0);
});
