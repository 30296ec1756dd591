/**
 * The diary lock's cryptography, on WebCrypto only. A key is derived from the passcode with
 * PBKDF2-SHA-256 and a random salt; records are encrypted with AES-GCM (256 bits) and a fresh
 * random 96-bit IV each. Keys are never extractable: they live in memory as CryptoKey objects
 * and cannot be read back, stored or logged.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. Raise it for new locks; stored per lock. */
export const KDF_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
const IV_BYTES = 12;

/** An encrypted value as stored: the IV and the ciphertext (with its 16-byte GCM tag). */
export interface Sealed {
  iv: Uint8Array;
  data: Uint8Array;
}

export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

/**
 * The key's 256 bits for this passcode and salt (slow on purpose: hundreds of milliseconds). Only
 * the lock repository holds them, and only for as long as it takes to import the key and, when
 * the parent adds a passkey, to wrap them (see passkey-wrap.ts).
 */
export async function deriveKeyBits(passcode: string, salt: Uint8Array, iterations: number = KDF_ITERATIONS): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passcode.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, material, 256));
}

/** The non-extractable AES-GCM key made of these bits (what WebCrypto's deriveKey does in one step). */
export function importDataKey(bits: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', bits as BufferSource, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** The AES-GCM key for this passcode and salt: deriveKeyBits, then importDataKey. */
export async function deriveKey(passcode: string, salt: Uint8Array, iterations: number = KDF_ITERATIONS): Promise<CryptoKey> {
  return importDataKey(await deriveKeyBits(passcode, salt, iterations));
}

/**
 * Encrypts a JSON value. `context` is authenticated but not encrypted (AES-GCM's additional
 * data): a sealed value only opens under the same context, so one record's ciphertext can
 * never be passed off as another's.
 */
export async function seal(key: CryptoKey, value: unknown, context: string): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: new TextEncoder().encode(context) }, key, plain);
  return { iv, data: new Uint8Array(data) };
}

/** Decrypts a sealed value; throws when the key or the context is wrong, or the data was changed. */
export async function unseal<T>(key: CryptoKey, sealed: Sealed, context: string): Promise<T> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv as BufferSource, additionalData: new TextEncoder().encode(context) }, key, sealed.data as BufferSource);
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}

export function isSealed(value: unknown): value is Sealed {
  return typeof value === 'object' && value !== null && (value as Sealed).iv instanceof Uint8Array && (value as Sealed).data instanceof Uint8Array;
}
