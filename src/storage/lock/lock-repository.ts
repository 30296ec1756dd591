import { database } from '../db/open-database';
import { publishDiaryChange } from '../diary/diary-events';
import { ACCEPTED_ITERATIONS, DEFAULT_AUTO_LOCK_MINUTES, hasAcceptedKdf, isLockConfig, LOCK_CONFIG_VERSION, LOCK_META_KEY, lockFingerprint, passkeyContext, retryDelayMs, VERIFIER_VALUE, verifierContext, type LockConfig } from './lock-config';
import { deriveKey, deriveKeyBits, importDataKey, KDF_ITERATIONS, randomBytes, SALT_BYTES, seal, unseal } from './lock-crypto';
import { isPasskeyRecord, unwrapKeyBits, wrapKeyBits } from './passkey-wrap';
import { publishLockChange } from './lock-events';
import { rewriteAll } from './lock-migration';
import { lockNow, lockStatus, setLockOff, setUnlocked } from './lock-state';
import { ensureLockState } from './record-codec';

/**
 * The least a new passcode must be, checked here as well as in the form (which also estimates
 * the guessing time, see features/lock/passcode-strength.ts): not only digits, some letters, and
 * at least 10 characters or a phrase of at least 3 words. Existing locks keep their passcode.
 */
export const MIN_PASSCODE_LENGTH = 10;

export function meetsPasscodeFloor(passcode: string): boolean {
  if (/^\d*$/.test(passcode) || !/\p{L}/u.test(passcode)) return false;
  return [...passcode].length >= MIN_PASSCODE_LENGTH || passcode.trim().split(/[\s\-_.]+/u).filter(Boolean).length >= 3;
}

/** Records how long a step took as a performance measure (read by the bench; nothing leaves the page). */
function measure(name: string, start: number): void {
  if (typeof performance !== 'undefined' && typeof performance.measure === 'function') performance.measure(name, { start, end: performance.now() });
}

/**
 * 'damaged': the stored lock record holds settings Kier never writes (another iteration count,
 * hash or salt length): nothing is tried, nothing is deleted.
 */
export type UnlockResult = { ok: true } | { ok: false; reason: 'wrong' | 'wait' | 'damaged'; waitMs: number };

async function readConfig(): Promise<LockConfig | undefined> {
  const db = await database();
  const record = await db.transaction(['meta'], 'readonly', ({ meta }) => meta.get(LOCK_META_KEY));
  return isLockConfig(record?.value) ? record.value : undefined;
}

async function writeConfig(config: LockConfig): Promise<void> {
  const db = await database();
  await db.transaction(['meta'], 'readwrite', ({ meta }) => meta.put({ key: LOCK_META_KEY, value: config }));
}

/** A new lock for this passcode: a fresh salt and key, and the verifier sealed with it. */
async function newLock(passcode: string, autoLockMinutes: number, iterations: number): Promise<{ key: CryptoKey; config: LockConfig }> {
  if (!ACCEPTED_ITERATIONS.has(iterations)) throw new Error(`Kier does not write locks with ${iterations} iterations`);
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(passcode, salt, iterations);
  const kdf = { name: 'PBKDF2', hash: 'SHA-256', iterations, salt } as const;
  const verifier = await seal(key, VERIFIER_VALUE, verifierContext({ version: LOCK_CONFIG_VERSION, kdf }));
  return { key, config: { version: LOCK_CONFIG_VERSION, kdf, verifier, autoLockMinutes, failedAttempts: 0, lastFailedAt: 0 } };
}

/** The key for these bits, or null when they are not the lock's key. Only for an accepted kdf. */
async function keyForBits(bits: Uint8Array, config: LockConfig): Promise<CryptoKey | null> {
  const key = await importDataKey(bits);
  try {
    return (await unseal<string>(key, config.verifier, verifierContext(config))) === VERIFIER_VALUE ? key : null;
  } catch {
    return null;
  }
}

/** The passkey's id and PRF salt, to ask the phone for its secret; null without a usable passkey. */
export interface PasskeyRequest {
  credentialId: Uint8Array;
  prfSalt: Uint8Array;
}

/** What the phone gave back when the parent added a passkey (see features/lock/passkey). */
export interface NewPasskey extends PasskeyRequest {
  prfOutput: Uint8Array;
}

/** A right passcode, held for one step: adding the passkey the phone is about to make. */
export type PasskeyPreparation = { ok: true; finish: (passkey: NewPasskey) => Promise<void>; discard: () => void } | { ok: false; result: UnlockResult };

/** A version 1 lock, opened with the right key: its verifier sealed again with the version 2 context. */
async function upgraded(config: LockConfig, key: CryptoKey): Promise<LockConfig> {
  const next = { ...config, version: LOCK_CONFIG_VERSION } as LockConfig;
  return { ...next, verifier: await seal(key, VERIFIER_VALUE, verifierContext(next)) };
}

/**
 * The diary lock: switching it on and off, unlocking, changing the passcode. Every change of
 * the records is one transaction (see lock-migration.ts). The passcode itself is never stored.
 */
export const lockRepository = {
  /** 'off', 'locked' or 'unlocked' for this tab. */
  async status() {
    await ensureLockState();
    return lockStatus();
  },

  async autoLockMinutes(): Promise<number> {
    return (await readConfig())?.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES;
  },

  async setAutoLockMinutes(minutes: number): Promise<void> {
    const config = await readConfig();
    if (config) await writeConfig({ ...config, autoLockMinutes: minutes });
  },

  /** Switches the lock on: every entry, draft and plan is encrypted, all or nothing. */
  async enable(passcode: string, options: { autoLockMinutes?: number; iterations?: number; interrupt?: () => void } = {}): Promise<void> {
    if (!meetsPasscodeFloor(passcode)) throw new Error('Passcode too weak');
    await ensureLockState();
    if (lockStatus() !== 'off') throw new Error('The lock is already on');
    const started = performance.now();
    const { key, config } = await newLock(passcode, options.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES, options.iterations ?? KDF_ITERATIONS);
    const derived = performance.now();
    await rewriteAll({ from: null, to: key, config, ...(options.interrupt ? { interrupt: options.interrupt } : {}) });
    measure('kier-lock-encrypt-all', derived);
    measure('kier-lock-enable', started);
    setUnlocked(key, lockFingerprint(config));
    publishLockChange();
  },

  /** Switches the lock off with the passcode: every record is stored in clear again, all or nothing. */
  async disable(passcode: string): Promise<UnlockResult> {
    const config = await readConfig();
    if (!config) return { ok: true };
    const checked = await this.check(passcode, config);
    if (!checked.ok) return checked.result;
    checked.bits.fill(0);
    await rewriteAll({ from: checked.key, to: null, config: null });
    setLockOff();
    publishLockChange();
    publishDiaryChange({ type: 'replaced' });
    return { ok: true };
  },

  /** A new passcode: a new salt and key, and every record re-encrypted with it, all or nothing. */
  async change(current: string, next: string, options: { iterations?: number } = {}): Promise<UnlockResult> {
    if (!meetsPasscodeFloor(next)) throw new Error('Passcode too weak');
    const config = await readConfig();
    if (!config) throw new Error('The lock is off');
    const checked = await this.check(current, config);
    if (!checked.ok) return checked.result;
    checked.bits.fill(0);
    const fresh = await newLock(next, config.autoLockMinutes, options.iterations ?? KDF_ITERATIONS);
    await rewriteAll({ from: checked.key, to: fresh.key, config: fresh.config });
    setUnlocked(fresh.key, lockFingerprint(fresh.config));
    publishLockChange();
    return { ok: true };
  },

  /** Unlocks this tab. Wrong passcodes make the next try wait longer; nothing is ever deleted. */
  async unlock(passcode: string): Promise<UnlockResult> {
    const config = await readConfig();
    if (!config) {
      setLockOff();
      return { ok: true };
    }
    const started = performance.now();
    const checked = await this.check(passcode, config);
    if (!checked.ok) return checked.result;
    checked.bits.fill(0);
    setUnlocked(checked.key, lockFingerprint(config));
    measure('kier-lock-unlock-check', started);
    return { ok: true };
  },

  /** How long the lock screen must wait before the next try (0 when it may try now). */
  async waitMs(now = Date.now()): Promise<number> {
    const config = await readConfig();
    if (!config || typeof config.lastFailedAt !== 'number' || typeof config.failedAttempts !== 'number') return 0;
    return Math.max(0, config.lastFailedAt + retryDelayMs(config.failedAttempts) - now);
  },

  /**
   * Checks a passcode against the lock, counting wrong ones (kept in the database, so reloading
   * does not skip the wait) and refusing to try while a wait is running.
   */
  async check(passcode: string, config: LockConfig): Promise<{ ok: true; key: CryptoKey; bits: Uint8Array } | { ok: false; result: UnlockResult }> {
    if (!hasAcceptedKdf(config)) return { ok: false, result: { ok: false, reason: 'damaged', waitMs: 0 } };
    const wait = config.lastFailedAt + retryDelayMs(config.failedAttempts) - Date.now();
    if (wait > 0) return { ok: false, result: { ok: false, reason: 'wait', waitMs: wait } };
    const bits = await deriveKeyBits(passcode, config.kdf.salt, config.kdf.iterations);
    const key = await keyForBits(bits, config);
    const latest = (await readConfig()) ?? config;
    if (!key) {
      const failedAttempts = latest.failedAttempts + 1;
      await writeConfig({ ...latest, failedAttempts, lastFailedAt: Date.now() });
      return { ok: false, result: { ok: false, reason: 'wrong', waitMs: retryDelayMs(failedAttempts) } };
    }
    if (latest.version === 1) await writeConfig(await upgraded({ ...latest, failedAttempts: 0, lastFailedAt: 0 }, key));
    else if (latest.failedAttempts > 0) await writeConfig({ ...latest, failedAttempts: 0, lastFailedAt: 0 });
    return { ok: true, key, bits };
  },

  /** The passkey to ask the phone for, or null when the lock has none (or the lock is off). */
  async passkey(): Promise<PasskeyRequest | null> {
    const config = await readConfig();
    if (!config || !isPasskeyRecord(config.passkey)) return null;
    return { credentialId: config.passkey.credentialId, prfSalt: config.passkey.prfSalt };
  },

  /**
   * Step one of adding a passkey: the passcode is checked first (counted like any try), so the
   * phone is not asked to make a passkey for a wrong one. `finish` wraps the lock's key with
   * what the new passkey gave and stores it; it refuses when the lock changed in between.
   */
  async preparePasskey(passcode: string): Promise<PasskeyPreparation> {
    const config = await readConfig();
    if (!config) throw new Error('The lock is off');
    const checked = await this.check(passcode, config);
    if (!checked.ok) return checked;
    const { bits } = checked;
    return {
      ok: true,
      finish: async ({ credentialId, prfSalt, prfOutput }) => {
        const latest = await readConfig();
        if (!latest || lockFingerprint(latest) !== lockFingerprint(config)) {
          bits.fill(0);
          throw new Error('The lock changed while the passkey was made');
        }
        const wrapped = await wrapKeyBits(prfOutput, bits, passkeyContext(latest, credentialId));
        bits.fill(0);
        await writeConfig({ ...latest, passkey: { credentialId, prfSalt, wrapped } });
      },
      discard: () => bits.fill(0),
    };
  },

  /**
   * Unlocks this tab with the secret the phone's passkey gave (after a fingerprint, face or the
   * phone's PIN). 'wrong' when it does not open the wrapped key: another passkey, or a changed record.
   */
  async unlockWithPasskey(prfOutput: Uint8Array): Promise<UnlockResult> {
    const config = await readConfig();
    if (!config) {
      setLockOff();
      return { ok: true };
    }
    if (!hasAcceptedKdf(config)) return { ok: false, reason: 'damaged', waitMs: 0 };
    if (!isPasskeyRecord(config.passkey)) return { ok: false, reason: 'wrong', waitMs: 0 };
    let key: CryptoKey | null = null;
    try {
      const bits = await unwrapKeyBits(prfOutput, config.passkey.wrapped, passkeyContext(config, config.passkey.credentialId));
      key = await keyForBits(bits, config);
      bits.fill(0);
    } catch {
      key = null;
    }
    if (!key) return { ok: false, reason: 'wrong', waitMs: 0 };
    if (config.failedAttempts > 0) await writeConfig({ ...config, failedAttempts: 0, lastFailedAt: 0 });
    setUnlocked(key, lockFingerprint(config));
    return { ok: true };
  },

  /** Stops unlocking with the passkey (the passcode stays). The passkey itself stays in the phone until removed there. */
  async removePasskey(): Promise<void> {
    const config = await readConfig();
    if (!config?.passkey) return;
    const { passkey: _removed, ...rest } = config;
    await writeConfig(rest);
  },

  /** Locks this tab now (the key is forgotten). */
  lock(): void {
    lockNow();
  },
};
