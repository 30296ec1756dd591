import type { Sealed } from './lock-crypto';
import { randomBytes } from './lock-crypto';

/**
 * Unlocking with a passkey: the lock's key bits (from the passcode, see deriveKeyBits) are kept a
 * second time, encrypted with a key that only the phone's passkey can give back. The WebAuthn PRF
 * extension returns 32 bytes that the authenticator computes from a secret it never lets go of
 * and a salt Kier chooses; it does so only after the fingerprint, face or the phone's own PIN.
 * Those bytes go through HKDF-SHA-256 into an AES-GCM key that wraps the key bits. A copy of the
 * browser's files holds only the wrapped bits: without the phone's authenticator there is nothing
 * to guess. The passcode still opens the lock too, so it is still what an offline attack aims at.
 */
export interface PasskeyRecord {
  /** The credential's id, to ask the authenticator for this passkey and no other. Not secret. */
  credentialId: Uint8Array;
  /** The PRF salt Kier chose for this passkey (32 random bytes). Not secret. */
  prfSalt: Uint8Array;
  /** The lock's key bits, sealed with the key from the PRF output. */
  wrapped: Sealed;
}

export const PRF_SALT_BYTES = 32;
const HKDF_INFO = 'kier:lock-passkey:v1';
const IV_BYTES = 12;

export function newPrfSalt(): Uint8Array {
  return randomBytes(PRF_SALT_BYTES);
}

async function wrappingKey(prfOutput: Uint8Array): Promise<CryptoKey> {
  if (prfOutput.length < 32) throw new Error('The passkey gave fewer than 32 bytes');
  const material = await crypto.subtle.importKey('raw', prfOutput as BufferSource, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new TextEncoder().encode(HKDF_INFO) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * Seals the key bits with the passkey's PRF output. `context` ties the result to one lock (its
 * salt) and one credential, so a wrapped key cannot be moved to another lock record.
 */
export async function wrapKeyBits(prfOutput: Uint8Array, bits: Uint8Array, context: string): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: new TextEncoder().encode(context) }, await wrappingKey(prfOutput), bits as BufferSource);
  return { iv, data: new Uint8Array(data) };
}

/** The key bits back; throws when the PRF output, the context or the stored bytes are not the ones sealed. */
export async function unwrapKeyBits(prfOutput: Uint8Array, wrapped: Sealed, context: string): Promise<Uint8Array> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: wrapped.iv as BufferSource, additionalData: new TextEncoder().encode(context) }, await wrappingKey(prfOutput), wrapped.data as BufferSource);
  return new Uint8Array(plain);
}

/** True when a stored value has the shape of a passkey record (the crypto checks the rest). */
export function isPasskeyRecord(value: unknown): value is PasskeyRecord {
  const record = value as PasskeyRecord | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    record.credentialId instanceof Uint8Array &&
    record.credentialId.length > 0 &&
    record.prfSalt instanceof Uint8Array &&
    record.prfSalt.length === PRF_SALT_BYTES &&
    typeof record.wrapped === 'object' &&
    record.wrapped !== null &&
    record.wrapped.iv instanceof Uint8Array &&
    record.wrapped.data instanceof Uint8Array
  );
}
