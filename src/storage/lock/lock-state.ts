/**
 * Whether the lock is on, and the key while unlocked: in this tab's memory only. The key is a
 * non-extractable CryptoKey; it is dropped on lock, when the page is hidden for too long (see
 * auto-lock), and when the page goes away (closing, quick exit, the back-forward cache).
 */
export type LockStatus = 'unknown' | 'off' | 'locked' | 'unlocked';

import { mirrorLockOn } from './lock-mirror';

type Listener = (status: LockStatus) => void;

let status: LockStatus = 'unknown';
let key: CryptoKey | null = null;
/** The salt of the lock this tab knows, hex; 'off' when there is none (see lockFingerprint). */
let fingerprint = 'unknown';
const listeners = new Set<Listener>();

export function lockStatus(): LockStatus {
  return status;
}

export function sessionKey(): CryptoKey | null {
  return key;
}

export function knownFingerprint(): string {
  return fingerprint;
}

export function setLockOff(): void {
  key = null;
  fingerprint = 'off';
  change('off');
}

export function setLocked(lockFingerprintValue: string): void {
  key = null;
  fingerprint = lockFingerprintValue;
  change('locked');
}

export function setUnlocked(unlockedKey: CryptoKey, lockFingerprintValue: string): void {
  key = unlockedKey;
  fingerprint = lockFingerprintValue;
  change('unlocked');
}

/** Locks now, if unlocked. */
export function lockNow(): void {
  if (status === 'unlocked') setLocked(fingerprint);
}

/** Forgets the key and what this tab knew about the lock: it is read again before the next use. */
export function forgetLockState(): void {
  key = null;
  fingerprint = 'unknown';
  change('unknown');
}

/** Tests only. */
export function resetLockStateForTests(): void {
  key = null;
  fingerprint = 'unknown';
  status = 'unknown';
}

export function onLockStatus(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function change(next: LockStatus): void {
  status = next;
  if (next !== 'unknown') mirrorLockOn(next !== 'off');
  for (const listener of listeners) listener(next);
}

// Leaving the page (closing it, quick exit, or a page kept in the back-forward cache) drops the key.
if (typeof window !== 'undefined') window.addEventListener('pagehide', lockNow);
