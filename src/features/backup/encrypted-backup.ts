import { deriveKey, KDF_ITERATIONS, randomBytes } from '../../storage/lock/lock-crypto';
import { BACKUP_FORMAT, type BackupFile, type BackupProblem, type EncryptedBackup, type ParseResult } from './backup-format';
import { encodeBase64 } from './base64';
import { serializeBackup } from './build-backup';
import { BACKUP_IV_BYTES, BACKUP_SALT_BYTES, ENCRYPTION_CONTEXT, ENCRYPTION_VERSION, type EncryptedBackupFile } from './encrypted-format';
import { parseBackup } from './parse-backup';

/**
 * Encrypting and opening backup files with a password, on WebCrypto only: PBKDF2-SHA-256 with
 * a fresh random salt derives an AES-GCM key (lock-crypto.ts), which encrypts the UTF-8 text of
 * the whole ordinary file with a fresh random IV and ENCRYPTION_CONTEXT as additional data.
 * The password and the key are never stored, logged or put in a problem.
 */

const encoder = new TextEncoder();

/**
 * The encrypted file's JSON text for this backup file. `options.iterations` is for tests only
 * (a fast key derivation); Kier writes KDF_ITERATIONS.
 */
export async function encryptBackup(file: BackupFile, password: string, options: { iterations?: number } = {}): Promise<string> {
  const iterations = options.iterations ?? KDF_ITERATIONS;
  const salt = randomBytes(BACKUP_SALT_BYTES);
  const iv = randomBytes(BACKUP_IV_BYTES);
  const key = await deriveKey(password, salt, iterations);
  const plain = encoder.encode(serializeBackup(file));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: encoder.encode(ENCRYPTION_CONTEXT) }, key, plain));
  return serializeEncryptedBackup({
    format: BACKUP_FORMAT,
    version: file.version,
    exportedAt: file.exportedAt,
    app: { name: 'Kier' },
    encrypted: {
      version: ENCRYPTION_VERSION,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: encodeBase64(salt) },
      cipher: { name: 'AES-GCM', iv: encodeBase64(iv) },
      data: encodeBase64(data),
    },
  });
}

/** Laid out like serializeBackup: the short fields each on a line, the long data last. */
export function serializeEncryptedBackup(file: EncryptedBackupFile): string {
  const { encrypted } = file;
  return [
    '{',
    `  "format": ${JSON.stringify(file.format)},`,
    `  "version": ${JSON.stringify(file.version)},`,
    `  "exportedAt": ${JSON.stringify(file.exportedAt)},`,
    `  "app": ${JSON.stringify(file.app)},`,
    '  "encrypted": {',
    `    "version": ${JSON.stringify(encrypted.version)},`,
    `    "kdf": ${JSON.stringify(encrypted.kdf)},`,
    `    "cipher": ${JSON.stringify(encrypted.cipher)},`,
    `    "data": ${JSON.stringify(encrypted.data)}`,
    '  }',
    '}',
    '',
  ].join('\n');
}

export type DecryptResult = { ok: true; text: string; byteLength: number } | { ok: false; problem: BackupProblem };

/**
 * The ordinary file's text inside a checked encrypted file (parse-backup.ts, checkBackup).
 * A wrong password and a changed file look the same to AES-GCM: both are 'wrongPassword'.
 */
export async function decryptBackup(backup: EncryptedBackup, password: string): Promise<DecryptResult> {
  let plain: ArrayBuffer;
  try {
    const key = await deriveKey(password, backup.salt, backup.iterations);
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: backup.iv as BufferSource, additionalData: encoder.encode(ENCRYPTION_CONTEXT) }, key, backup.data as BufferSource);
  } catch {
    return { ok: false, problem: { code: 'wrongPassword' } };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain), byteLength: plain.byteLength };
  } catch {
    // Opened with the right password, but not text: not a file Kier wrote.
    return { ok: false, problem: { code: 'notJson' } };
  }
}

/**
 * Decrypts, then checks the ordinary file inside with every rule of parseBackup (an encrypted
 * file inside is refused as 'nestedEncryption'). Touches nothing on the device.
 */
export async function openEncryptedBackup(backup: EncryptedBackup, password: string): Promise<ParseResult> {
  const decrypted = await decryptBackup(backup, password);
  if (!decrypted.ok) return decrypted;
  return parseBackup(decrypted.text, decrypted.byteLength);
}
