import type { Sealed } from './lock-crypto';

/** The meta record that says the lock is on, and how to check a passcode. Nothing secret. */
export const LOCK_META_KEY = 'lock';

export const AUTO_LOCK_CHOICES = [1, 5, 15, 30] as const;
export const DEFAULT_AUTO_LOCK_MINUTES = 5;

export interface LockConfig {
  version: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: Uint8Array };
  /** A known value sealed with the key: it opens only with the right passcode. */
  verifier: Sealed;
  /** Lock after this many minutes in the background. */
  autoLockMinutes: number;
  /** Wrong passcodes since the last right one, and when the last one was tried (ms since 1970). */
  failedAttempts: number;
  lastFailedAt: number;
}

export const VERIFIER_CONTEXT = 'kier:lock-verifier';
export const VERIFIER_VALUE = 'kier-lock-ok';

export function isLockConfig(value: unknown): value is LockConfig {
  const config = value as LockConfig | null;
  return typeof config === 'object' && config !== null && config.version === 1 && config.kdf?.salt instanceof Uint8Array && typeof config.kdf.iterations === 'number';
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
  return config ? Array.from(config.kdf.salt, (byte) => byte.toString(16).padStart(2, '0')).join('') : 'off';
}
