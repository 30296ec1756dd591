import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupRepository } from '../../src/storage/backup-repository';
import { database } from '../../src/storage/db/open-database';
import type { DiaryEntry } from '../../src/storage/diary/diary-entry';
import { diaryRepository } from '../../src/storage/diary/diary-repository';
import { draftRepository } from '../../src/storage/diary/draft-repository';
import { LOCK_META_KEY, lockFingerprint, retryDelayMs, type LockConfig } from '../../src/storage/lock/lock-config';
import { deriveKey, KDF_ITERATIONS, randomBytes, seal, unseal } from '../../src/storage/lock/lock-crypto';
import { lockRepository } from '../../src/storage/lock/lock-repository';
import { lockStatus, resetLockStateForTests } from '../../src/storage/lock/lock-state';
import { planRepository } from '../../src/storage/plans/plan-repository';
import { newPlan } from '../../src/features/plan/plan-edits';
import { freshDatabase } from '../support/fresh-database';
import { storedLock, tamperLock } from '../support/stored-lock';

/** Fewer iterations keep the tests fast; the production count is checked on its own. */
const FAST = { iterations: 1_000 };
const PASSCODE = 'kier-geheim-42';
const SECRET = 'Hij at vanavond mee aan tafel';

function entry(id: string, occurredAt: string, patch: Partial<DiaryEntry> = {}): DiaryEntry {
  return { id, occurredAt, createdAt: occurredAt, updatedAt: occurredAt, kind: 'step', text: `${SECRET} ${id}`, tension: 3, tags: ['eten'], ...patch };
}


/** Every record of the protected stores exactly as stored, as text a person could read. */
async function rawStores(): Promise<string> {
  const db = await database();
  const stored = await db.transaction(['diary', 'drafts', 'plans'], 'readonly', async (s) => ({ diary: await s.diary.getAll(), drafts: await s.drafts.getAll(), plans: await s.plans.getAll() }));
  return JSON.stringify(stored, (_key, value: unknown) => (value instanceof Uint8Array ? new TextDecoder('utf-8', { fatal: false }).decode(value) : value));
}

async function fill() {
  await diaryRepository.save(entry('a', '2026-03-01T10:00:00.000Z', { planItemId: 'item-1' }));
  await diaryRepository.save(entry('b', '2026-03-02T10:00:00.000Z'));
  await draftRepository.save({ key: 'new', savedAt: '2026-03-03T10:00:00.000Z', fields: { occurredAtLocal: '2026-03-03T11:00', kind: 'event', text: `${SECRET} concept`, tension: null, tagsText: '' } });
  await planRepository.save({ ...newPlan('p1', new Date('2026-03-01T00:00:00Z')), items: [{ id: 'item-1', text: `${SECRET} plan`, decision: 'stop' }], reviewOn: '2026-04-01' });
}

describe('lock cryptography', () => {
  it('derives with PBKDF2-SHA-256 and at least 600,000 iterations by default', () => {
    expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('round-trips a value, with a fresh IV every time', async () => {
    const key = await deriveKey(PASSCODE, randomBytes(16), 1_000);
    const first = await seal(key, { text: SECRET }, 'kier:diary:a');
    const second = await seal(key, { text: SECRET }, 'kier:diary:a');
    expect(first.iv).toHaveLength(12);
    expect(first.iv).not.toEqual(second.iv);
    expect(first.data).not.toEqual(second.data);
    expect(await unseal(key, first, 'kier:diary:a')).toEqual({ text: SECRET });
  });

  it('refuses a wrong passcode, another salt, another record and changed data', async () => {
    const salt = randomBytes(16);
    const key = await deriveKey(PASSCODE, salt, 1_000);
    const sealed = await seal(key, SECRET, 'kier:diary:a');
    await expect(unseal(await deriveKey('fout-fout', salt, 1_000), sealed, 'kier:diary:a')).rejects.toThrow();
    await expect(unseal(await deriveKey(PASSCODE, randomBytes(16), 1_000), sealed, 'kier:diary:a')).rejects.toThrow();
    await expect(unseal(key, sealed, 'kier:diary:b')).rejects.toThrow();
    const changed = { iv: sealed.iv, data: sealed.data.slice() };
    changed.data[0]! ^= 1;
    await expect(unseal(key, changed, 'kier:diary:a')).rejects.toThrow();
  });

  it('derives the same key from the same passcode and salt (and normalises accents)', async () => {
    const salt = randomBytes(16);
    const sealed = await seal(await deriveKey('café-1234', salt, 1_000), 1, 'x');
    expect(await unseal(await deriveKey('cafe\u0301-1234', salt, 1_000), sealed, 'x')).toBe(1);
  });

  it('waits longer after each wrong passcode, never forever', () => {
    expect([0, 1, 2].map(retryDelayMs)).toEqual([0, 0, 0]);
    expect(retryDelayMs(3)).toBe(2_000);
    expect(retryDelayMs(4)).toBe(4_000);
    expect(retryDelayMs(50)).toBe(300_000);
  });
});

for (const backend of ['indexeddb', 'memory'] as const) {
  describe(`the lock on ${backend}`, () => {
    beforeEach(async () => {
      await freshDatabase();
      if (backend === 'memory') vi.stubGlobal('indexedDB', undefined);
    });
    afterEach(async () => {
      vi.unstubAllGlobals();
      await freshDatabase();
    });

    it('switching on leaves nothing readable in the stores; unlocking reads everything again', async () => {
      await fill();
      expect(await rawStores()).toContain(SECRET);
      await lockRepository.enable(PASSCODE, FAST);
      const raw = await rawStores();
      expect(raw).not.toContain(SECRET);
      expect(raw).not.toContain('eten');
      expect(raw).not.toContain('"kind"');
      expect(await diaryRepository.get('a')).toMatchObject({ text: `${SECRET} a`, tension: 3, planItemId: 'item-1' });

      resetLockStateForTests();
      expect(await lockRepository.status()).toBe('locked');
      await expect(diaryRepository.newest()).rejects.toThrow('locked');
      expect(await lockRepository.unlock('verkeerd1')).toEqual({ ok: false, reason: 'wrong', waitMs: 0 });
      expect(await lockRepository.unlock(PASSCODE)).toEqual({ ok: true });
      expect((await diaryRepository.newest()).map((e) => e.id)).toEqual(['b', 'a']);
      expect((await draftRepository.get('new'))?.fields.text).toBe(`${SECRET} concept`);
      expect((await planRepository.current())?.items[0]?.text).toBe(`${SECRET} plan`);
      expect((await diaryRepository.forPlanItems(['item-1'])).get('item-1')?.map((e) => e.id)).toEqual(['a']);
    });

    it('seals what is written while unlocked, and switching off restores clear records', async () => {
      await lockRepository.enable(PASSCODE, FAST);
      await fill();
      expect(await rawStores()).not.toContain(SECRET);
      expect(await lockRepository.disable('verkeerd1')).toMatchObject({ ok: false, reason: 'wrong' });
      expect(await rawStores()).not.toContain(SECRET);
      expect(await lockRepository.disable(PASSCODE)).toEqual({ ok: true });
      expect(lockStatus()).toBe('off');
      expect(await rawStores()).toContain(`${SECRET} a`);
      resetLockStateForTests();
      expect(await lockRepository.status()).toBe('off');
      expect((await diaryRepository.newest()).map((e) => e.text)).toEqual([`${SECRET} b`, `${SECRET} a`]);
    });

    it('changing the passcode re-encrypts everything; only the new passcode opens it', async () => {
      await fill();
      await lockRepository.enable(PASSCODE, FAST);
      const before = await rawStores();
      expect(await lockRepository.change(PASSCODE, 'nieuwe-code-7', FAST)).toEqual({ ok: true });
      expect(await rawStores()).not.toEqual(before);
      resetLockStateForTests();
      expect(await lockRepository.unlock(PASSCODE)).toMatchObject({ ok: false });
      expect(await lockRepository.unlock('nieuwe-code-7')).toEqual({ ok: true });
      expect(await diaryRepository.count()).toBe(2);
      expect((await diaryRepository.get('b'))?.text).toBe(`${SECRET} b`);
    });

    it('an interrupted switch leaves the old state whole: no mix, no loss', async () => {
      await fill();
      const before = await rawStores();
      await expect(
        lockRepository.enable(PASSCODE, {
          ...FAST,
          interrupt: () => {
            throw new Error('power cut');
          },
        }),
      ).rejects.toThrow('power cut');
      expect(await rawStores()).toEqual(before);
      resetLockStateForTests();
      expect(await lockRepository.status()).toBe('off');
      expect((await diaryRepository.newest()).map((e) => e.id)).toEqual(['b', 'a']);
    });

    it('makes the next try wait after repeated wrong passcodes, and keeps counting across reloads', async () => {
      await lockRepository.enable(PASSCODE, FAST);
      resetLockStateForTests();
      for (let attempt = 0; attempt < 3; attempt += 1) await lockRepository.unlock('verkeerd1');
      const waiting = await lockRepository.unlock(PASSCODE);
      expect(waiting).toMatchObject({ ok: false, reason: 'wait' });
      expect(await lockRepository.waitMs()).toBeGreaterThan(0);
      expect(await diaryRepository.count()).toBe(0);
      expect(await lockRepository.waitMs(Date.now() + 3_000)).toBe(0);
    });

    it('delete everything removes the lock too', async () => {
      await fill();
      await lockRepository.enable(PASSCODE, FAST);
      resetLockStateForTests();
      await backupRepository.eraseEverything();
      expect(await lockRepository.status()).toBe('off');
      await diaryRepository.save(entry('c', '2026-05-01T10:00:00.000Z'));
      expect(await rawStores()).toContain(`${SECRET} c`);
    });

    it('a backup read while unlocked holds clear records; writing one seals them', async () => {
      await fill();
      await lockRepository.enable(PASSCODE, FAST);
      const records = await backupRepository.readAll();
      expect(records.diary.map((e) => e.text)).toContain(`${SECRET} a`);
      await backupRepository.write({ diary: [entry('z', '2026-06-01T10:00:00.000Z')], plans: [] }, 'merge');
      expect(await rawStores()).not.toContain(SECRET);
      expect((await diaryRepository.get('z'))?.text).toBe(`${SECRET} z`);
    });
  });
}

describe('a changed lock record', () => {
  beforeEach(freshDatabase);
  afterEach(freshDatabase);

  it('refuses an iteration count Kier never writes at once, without deriving, and deletes nothing', async () => {
    await fill();
    await lockRepository.enable(PASSCODE, FAST);
    await tamperLock((config) => ({ ...config, kdf: { ...config.kdf, iterations: 200_000_000 } }));
    resetLockStateForTests();
    expect(await lockRepository.status()).toBe('locked');
    const started = Date.now();
    expect(await lockRepository.unlock(PASSCODE)).toEqual({ ok: false, reason: 'damaged', waitMs: 0 });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await diaryRepository.count()).toBe(2);
    expect(await lockRepository.disable(PASSCODE)).toMatchObject({ ok: false, reason: 'damaged' });
  }, 10_000);

  it.each<[string, (config: LockConfig) => LockConfig]>([
    ['another hash', (config) => ({ ...config, kdf: { ...config.kdf, hash: 'SHA-1' as 'SHA-256' } })],
    ['another kdf', (config) => ({ ...config, kdf: { ...config.kdf, name: 'scrypt' as 'PBKDF2' } })],
    ['a short salt', (config) => ({ ...config, kdf: { ...config.kdf, salt: config.kdf.salt.slice(0, 4) } })],
    ['a salt that is not bytes', (config) => ({ ...config, kdf: { ...config.kdf, salt: 'abc' as unknown as Uint8Array } })],
    ['a fractional count', (config) => ({ ...config, kdf: { ...config.kdf, iterations: 1_000.5 } })],
    ['a low count', (config) => ({ ...config, kdf: { ...config.kdf, iterations: 1 } })],
  ])('refuses %s as damaged', async (_label, change) => {
    await lockRepository.enable(PASSCODE, FAST);
    await tamperLock(change);
    resetLockStateForTests();
    expect(await lockRepository.status()).toBe('locked');
    expect(await lockRepository.unlock(PASSCODE)).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('never writes a lock with an iteration count it would not open', async () => {
    await expect(lockRepository.enable(PASSCODE, { iterations: 5_000 })).rejects.toThrow('iterations');
    resetLockStateForTests();
    expect(await lockRepository.status()).toBe('off');
  });

  it('binds the kdf and salt into the verifier of a new lock (version 2)', async () => {
    await lockRepository.enable(PASSCODE, FAST);
    const config = await storedLock();
    expect(config.version).toBe(2);
    const key = await deriveKey(PASSCODE, config.kdf.salt, config.kdf.iterations);
    await expect(unseal(key, config.verifier, 'kier:lock-verifier')).rejects.toThrow();
    expect(await unseal(key, config.verifier, `kier:lock-verifier:v2:PBKDF2:SHA-256:1000:${lockFingerprint(config)}`)).toBe('kier-lock-ok');
  });

  it('a verifier moved under another lock record of the same passcode does not open it', async () => {
    await lockRepository.enable(PASSCODE, FAST);
    const first = await storedLock();
    // A verifier sealed for this salt but stored as if it were version 1: the context no longer matches.
    await tamperLock((config) => ({ ...config, version: 1 }));
    resetLockStateForTests();
    expect(await lockRepository.unlock(PASSCODE)).toMatchObject({ ok: false, reason: 'wrong' });
    expect((await storedLock()).verifier).toEqual(first.verifier);
  });

  it('a version 1 lock still opens, and is upgraded to version 2 on the first right passcode', async () => {
    await fill();
    await lockRepository.enable(PASSCODE, FAST);
    const config = await storedLock();
    const key = await deriveKey(PASSCODE, config.kdf.salt, config.kdf.iterations);
    const oldVerifier = await seal(key, 'kier-lock-ok', 'kier:lock-verifier');
    await tamperLock((stored) => ({ ...stored, version: 1, verifier: oldVerifier }));
    resetLockStateForTests();
    expect(await lockRepository.unlock('verkeerd1')).toMatchObject({ ok: false, reason: 'wrong' });
    expect((await storedLock()).version).toBe(1);
    expect(await lockRepository.unlock(PASSCODE)).toEqual({ ok: true });
    expect((await diaryRepository.get('a'))?.text).toBe(`${SECRET} a`);
    const upgraded = await storedLock();
    expect(upgraded).toMatchObject({ version: 2, failedAttempts: 0 });
    resetLockStateForTests();
    expect(await lockRepository.unlock(PASSCODE)).toEqual({ ok: true });
  });
});
