import * as v from 'valibot';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES } from './backup-format';
import { timestampSchema } from './backup-schema';
import { base64Length, decodeBase64 } from './base64';

/**
 * The encrypted variant of a backup file (docs/backup-format.md, "Encrypted backups"): the
 * whole ordinary file, encrypted with AES-GCM under a key derived from the parent's password
 * with PBKDF2-SHA-256. Only `format`, `version`, `exportedAt` and `app` stay in clear.
 */

/** The value of `encrypted.version`: how the file is encrypted. */
export const ENCRYPTION_VERSION = 1;
/** The first file version that can be encrypted. */
export const ENCRYPTED_SINCE_VERSION = 2;
/** AES-GCM's additional data: the ciphertext opens only as a Kier backup. */
export const ENCRYPTION_CONTEXT = 'kier-backup';
export const BACKUP_SALT_BYTES = 16;
export const BACKUP_IV_BYTES = 12;
export const GCM_TAG_BYTES = 16;
/**
 * PBKDF2 iterations a file may ask for. Kier writes KDF_ITERATIONS (600,000). Fewer than the
 * minimum would make the password too cheap to guess; more than the maximum would let a
 * hostile file keep the phone busy for minutes before the password is even checked.
 */
export const MIN_BACKUP_ITERATIONS = 100_000;
export const MAX_BACKUP_ITERATIONS = 10_000_000;
/** `encrypted.data` holds at most an ordinary file of the largest size, with its tag, in base64. */
export const MAX_ENCRYPTED_DATA_CHARS = base64Length(MAX_BACKUP_BYTES + GCM_TAG_BYTES);
/** The largest encrypted file: its data and room for the few short fields around it. */
export const MAX_ENCRYPTED_BACKUP_BYTES = MAX_ENCRYPTED_DATA_CHARS + 4096;

/** An encrypted backup file, exactly as written to disk. */
export interface EncryptedBackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  app: { name: 'Kier' };
  encrypted: {
    version: typeof ENCRYPTION_VERSION;
    kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
    cipher: { name: 'AES-GCM'; iv: string };
    data: string;
  };
}

/** Strict base64 (see base64.ts), decoded; the length is checked on the text first, so nothing long is decoded in vain. */
function bytesSchema(options: { exactly: number } | { atLeast: number; atMost: number }) {
  const length =
    'exactly' in options ? v.length<string, number>(base64Length(options.exactly)) : v.maxLength<string, number>(base64Length(options.atMost));
  const min = 'exactly' in options ? options.exactly : options.atLeast;
  const max = 'exactly' in options ? options.exactly : options.atMost;
  return v.pipe(
    v.string(),
    length,
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const bytes = decodeBase64(dataset.value);
      if (bytes === null || bytes.length < min || bytes.length > max) {
        addIssue({ message: 'Invalid base64' });
        return NEVER;
      }
      return bytes;
    }),
  );
}

const plainObject = v.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value));

/**
 * The envelope, after `format` and `version` have been checked. `minIterations` is for tests
 * only (a fast key derivation); Kier itself always uses MIN_BACKUP_ITERATIONS. Like
 * backup-schema.ts, messages are never shown and unknown keys are dropped.
 */
export function encryptedFileSchema(minIterations: number = MIN_BACKUP_ITERATIONS) {
  return v.object({
    exportedAt: timestampSchema,
    encrypted: v.pipe(
      plainObject,
      v.object({
        version: v.literal(ENCRYPTION_VERSION),
        kdf: v.pipe(
          plainObject,
          v.object({
            name: v.literal('PBKDF2'),
            hash: v.literal('SHA-256'),
            iterations: v.pipe(v.number(), v.integer(), v.minValue(minIterations), v.maxValue(MAX_BACKUP_ITERATIONS)),
            salt: bytesSchema({ exactly: BACKUP_SALT_BYTES }),
          }),
        ),
        cipher: v.pipe(plainObject, v.object({ name: v.literal('AES-GCM'), iv: bytesSchema({ exactly: BACKUP_IV_BYTES }) })),
        data: bytesSchema({ atLeast: GCM_TAG_BYTES, atMost: MAX_BACKUP_BYTES + GCM_TAG_BYTES }),
      }),
    ),
  });
}

export const defaultEncryptedFileSchema = encryptedFileSchema();

/** The names a problem may give in `field` (joined with dots), never anything from the file. */
export const ENCRYPTED_FIELD_KEYS: readonly string[] = ['encrypted', 'version', 'kdf', 'name', 'hash', 'iterations', 'salt', 'cipher', 'iv', 'data'];
