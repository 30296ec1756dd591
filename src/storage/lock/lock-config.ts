import type { Sealed } from './lock-crypto';
import type { PasskeyRecord } from './passkey-wrap';

/** The meta record that says the lock is on, and how to check a passcode. Nothing secret. */
export const LOCK_META_KEY = 'lock';

export const AUTO_LOCK_CHOICES = [1, 5, 15, 30] as const;
export const DEFAULT_AUTO_LOCK_MINUTES = 5;

export interface LockConfig {
  /** 1: the verifier's context is VERIFIER_CONTEXT alone; 2: it also binds the kdf (see verifierContext). */
  version: 1 | 2;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: Uint8Array };
  /** A known value sealed with the key: it opens only with the right passcode. */
  verifier: Sealed;
  /** Lock after this many minutes in the background. */
  autoLockMinutes: number;
  /** Wrong passcodes since the last right one, and when the last one was tried (ms since 1970). */
  failedAttempts: number;
  lastFailedAt: number;
  /** When the parent also unlocks with a passkey: the lock's key wrapped for it (see passkey-wrap.ts). */
  passkey?: PasskeyRecord;
}

export const VERIFIER_CONTEXT = 'kier:lock-verifier';
export const VERIFIER_VALUE = 'kier-lock-ok';
export const LOCK_CONFIG_VERSION = 2;

/**
 * The iteration counts Kier itself writes. Anything else in a stored lock record was put there
 * by someone else (or the record is damaged): unlocking refuses it at once instead of spending
 * minutes on a count an attacker chose. Under Vitest (mode 'test') a fast count is accepted as
 * well; Vite replaces import.meta.env.MODE when it builds, so the built app has only 600,000.
 */
export const ACCEPTED_ITERATIONS: ReadonlySet<number> = new Set(import.meta.env.MODE === 'test' ? [600_000, 1_000] : [600_000]);
export const LOCK_SALT_BYTES = 16;

/**
 * The verifier's AES-GCM additional data. Version 2 binds the kdf's name, hash, iterations and
 * salt into it, so none of them can be swapped in the stored record without the verifier failing.
 */
export function verifierContext(config: Pick<LockConfig, 'version' | 'kdf'>): string {
  if (config.version === 1) return VERIFIER_CONTEXT;
  const { name, hash, iterations, salt } = config.kdf;
  return `${VERIFIER_CONTEXT}:v2:${name}:${hash}:${iterations}:${toHex(salt)}`;
}

/** A record that looks like a lock (the lock is on), whether or not its settings are acceptable. */
export function isLockConfig(value: unknown): value is LockConfig {
  const config = value as LockConfig | null;
  return typeof config === 'object' && config !== null && (config.version === 1 || config.version === 2) && typeof config.kdf === 'object' && config.kdf !== null;
}

/** True when the lock's key derivation is exactly what Kier writes: otherwise it must not be tried. */
export function hasAcceptedKdf(config: LockConfig): boolean {
  const { kdf } = config;
  return (
    kdf.name === 'PBKDF2' &&
    kdf.hash === 'SHA-256' &&
    typeof kdf.iterations === 'number' &&
    ACCEPTED_ITERATIONS.has(kdf.iterations) &&
    kdf.salt instanceof Uint8Array &&
    kdf.salt.length === LOCK_SALT_BYTES &&
    typeof config.verifier === 'object' &&
    config.verifier !== null &&
    config.verifier.iv instanceof Uint8Array &&
    config.verifier.data instanceof Uint8Array
  );
}

/** The wrapped key's AES-GCM additional data: this lock (its salt) and this credential. */
export function passkeyContext(config: Pick<LockConfig, 'kdf'>, credentialId: Uint8Array): string {
  return `kier:lock-passkey:${toHex(config.kdf.salt)}:${toHex(credentialId)}`;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Seconds to wait before the next try after `failed` wrong passcodes: none for the first two
 * (typos happen), then 2, 4, 8 … up to 5 minutes. Waiting never deletes anything.
 */
export function retryDelayMs(failed: number): number {
  if (failed < 3) return 0;
  return Math.min(2 ** (failed - 2), 300) * 1000;
}

/** A short fingerprint of the lock (its salt), or 'off': writes check it has not changed. */
export function lockFingerprint(config: LockConfig | undefined): string {
  if (!config) return 'off';
  return config.kdf.salt instanceof Uint8Array ? toHex(config.kdf.salt) : 'damaged';
}
