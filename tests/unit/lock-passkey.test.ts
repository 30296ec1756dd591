import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diaryRepository } from '../../src/storage/diary/diary-repository';
import { deriveKey, deriveKeyBits, importDataKey, randomBytes, seal, unseal } from '../../src/storage/lock/lock-crypto';
import { lockRepository } from '../../src/storage/lock/lock-repository';
import { lockStatus, resetLockStateForTests } from '../../src/storage/lock/lock-state';
import { newPrfSalt, unwrapKeyBits, wrapKeyBits } from '../../src/storage/lock/passkey-wrap';
import { freshDatabase } from '../support/fresh-database';
import { storedLock, tamperLock } from '../support/stored-lock';

const FAST = { iterations: 1_000 };
const PASSCODE = 'kier-geheim-42';
const SECRET = 'Hij at vanavond mee aan tafel';

/** What a passkey's PRF would give: 32 bytes only the phone can compute again. */
function phoneSecret(): Uint8Array {
  return randomBytes(32);
}

/** Adds a passkey with this secret, as the settings screen does after the phone made it. */
async function addPasskey(secret: Uint8Array, credentialId = randomBytes(16)): Promise<void> {
  const prepared = await lockRepository.preparePasskey(PASSCODE);
  if (!prepared.ok) throw new Error('passcode refused');
  await prepared.finish({ credentialId, prfSalt: newPrfSalt(), prfOutput: secret.slice() });
}

describe('key bits and wrapping', () => {
  it('deriveKeyBits then importDataKey is the same key as deriveKey', async () => {
    const salt = randomBytes(16);
    const sealed = await seal(await deriveKey(PASSCODE, salt, 1_000), SECRET, 'x');
    const bits = await deriveKeyBits(PASSCODE, salt, 1_000);
    expect(bits).toHaveLength(32);
    expect(await unseal(await importDataKey(bits), sealed, 'x')).toBe(SECRET);
  });

  it('unwraps only with the same PRF output and the same context', async () => {
    const bits = randomBytes(32);
    const secret = phoneSecret();
    const wrapped = await wrapKeyBits(secret, bits, 'kier:lock-passkey:aa:bb');
    expect(await unwrapKeyBits(secret, wrapped, 'kier:lock-passkey:aa:bb')).toEqual(bits);
    await expect(unwrapKeyBits(phoneSecret(), wrapped, 'kier:lock-passkey:aa:bb')).rejects.toThrow();
    await expect(unwrapKeyBits(secret, wrapped, 'kier:lock-passkey:aa:cc')).rejects.toThrow();
    const flipped = { iv: wrapped.iv, data: wrapped.data.slice() };
    flipped.data[3]! ^= 1;
    await expect(unwrapKeyBits(secret, flipped, 'kier:lock-passkey:aa:bb')).rejects.toThrow();
  });

  it('refuses a PRF output shorter than 32 bytes', async () => {
    await expect(wrapKeyBits(randomBytes(16), randomBytes(32), 'x')).rejects.toThrow('fewer than 32');
  });
});

describe('unlocking with a passkey', () => {
  beforeEach(freshDatabase);
  afterEach(freshDatabase);

  it('opens the lock with the passkey, and the passcode still opens it too', async () => {
    await lockRepository.enable(PASSCODE, FAST);
    await diaryRepository.save({ id: 'a', occurredAt: '2026-03-01T10:00:00.000Z', createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z', kind: 'step', text: SECRET, tension: 3, tags: [] });
    const secret = phoneSecret();
    await addPasskey(secret);
    const stored = await storedLock();
    expect(stored.passkey?.wrapped.data).toHaveLength(48);
    expect(JSON.stringify(stored)).not.toContain(SECRET);
    expect(await lockRepository.passkey()).toMatchObject({ credentialId: stored.passkey!.credentialId, prfSalt: stored.passkey!.prfSalt });

    resetLockStateForTests();
    expect(await lockRepository.status()).toBe('locked');
    expect(await lockRepository.unlockWithPasskey(secret)).toEqual({ ok: true });
    expect(lockStatus()).toBe('unlocked');
    expect((await diaryRepository.get('a'))?.text).toBe(SECRET);

    resetLockStateForTests();
    expect(await lockRepository.unlock(PASSCODE)).toEqual({ ok: true });
  });

  it('another passkey, a moved record or changed bytes do not open it', async () => {
    await lockRepository.enable(PASSCODE, FAST);
    const secret = phoneSecret();
    await addPasskey(secret);
    resetLockStateForTests();
    expect(await lockRepository.unlockWithPasskey(phoneSecret())).toEqual({ ok: false, reason: 'wrong', waitMs: 0 });

    const original = await storedLock();
    await tamperLock((config) => ({ ...config, passkey: { ...config.passkey!, credentialId: randomBytes(16) } }));
    expect(await lockRepository.unlockWithPasskey(secret)).toMatchObject({ ok: false, reason: 'wrong' });

    await tamperLock(() => {
      const data = original.passkey!.wrapped.data.slice();
      data[0]! ^= 1;
      return { ...original, passkey: { ...original.passkey!, wrapped: { iv: original.passkey!.wrapped.iv, data } } };
    });
    expect(await lockRepository.unlockWithPasskey(secret)).toMatchObject({ ok: false, reason: 'wrong' });

    // A passkey record taken from another lock (another salt) does not open this one.
    await tamperLock(() => original);
    await lockRepository.unlock(PASSCODE);
    await lockRepository.disable(PASSCODE);
    await lockRepository.enable(PASSCODE, FAST);
    await tamperLock((config) => ({ ...config, passkey: original.passkey }));
    resetLockStateForTests();
    expect(await lockRepository.unlockWithPasskey(secret)).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await lockRepository.status()).toBe('locked');
  });

  it('a right passkey clears the wait after wrong passcodes', async () => {
    await lockRepository.enable(PASSCODE, FAST);
    const secret = phoneSecret();
    await addPasskey(secret);
    resetLockStateForTests();
    for (let i = 0; i < 3; i++) await lockRepository.unlock('verkeerd-1234');
    expect(await lockRepository.waitMs()).toBeGreaterThan(0);
    expect(await lockRepository.unlockWithPasskey(secret)).toEqual({ ok: true });
    expect(await lockRepository.waitMs()).toBe(0);
  });

  it('adding asks the passcode first and counts a wrong one', async () => {
    await lockRepository.enable(PASSCODE, FAST);
    expect(await lockRepository.preparePasskey('verkeerd-1234')).toEqual({ ok: false, result: { ok: false, reason: 'wrong', waitMs: 0 } });
    expect((await storedLock()).failedAttempts).toBe(1);
    expect(await lockRepository.passkey()).toBeNull();
  });

  it('refuses to finish when the passcode changed while the phone made the passkey', async () => {
    await lockRepository.enable(PASSCODE, FAST);
    const prepared = await lockRepository.preparePasskey(PASSCODE);
    if (!prepared.ok) throw new Error('passcode refused');
    expect(await lockRepository.change(PASSCODE, 'nieuwe-code-7x', FAST)).toEqual({ ok: true });
    await expect(prepared.finish({ credentialId: randomBytes(16), prfSalt: newPrfSalt(), prfOutput: phoneSecret() })).rejects.toThrow('changed');
    expect(await lockRepository.passkey()).toBeNull();
  });

  it('a new passcode drops the passkey; removing it keeps the passcode', async () => {
    await lockRepository.enable(PASSCODE, FAST);
    await addPasskey(phoneSecret());
    expect(await lockRepository.change(PASSCODE, 'nieuwe-code-7x', FAST)).toEqual({ ok: true });
    expect(await lockRepository.passkey()).toBeNull();
    expect((await storedLock()).passkey).toBeUndefined();

    const secret = phoneSecret();
    const prepared = await lockRepository.preparePasskey('nieuwe-code-7x');
    if (!prepared.ok) throw new Error('passcode refused');
    await prepared.finish({ credentialId: randomBytes(16), prfSalt: newPrfSalt(), prfOutput: secret.slice() });
    await lockRepository.removePasskey();
    expect(await lockRepository.passkey()).toBeNull();
    resetLockStateForTests();
    expect(await lockRepository.unlockWithPasskey(secret)).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await lockRepository.unlock('nieuwe-code-7x')).toEqual({ ok: true });
  });

  it('switching the lock off forgets the passkey with it', async () => {
    await lockRepository.enable(PASSCODE, FAST);
    await addPasskey(phoneSecret());
    expect(await lockRepository.disable(PASSCODE)).toEqual({ ok: true });
    expect(await lockRepository.passkey()).toBeNull();
  });
});
