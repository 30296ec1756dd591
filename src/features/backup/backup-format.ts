import type { BackupRecords } from '../../storage/backup-repository';
import type { DiaryEntry } from '../../storage/diary/diary-entry';
import { PLAN_LIMITS, type Plan } from '../../storage/plans/plan';
import type { Preferences } from '../../storage/preferences';

/** The value of `format` in every Kier backup file. */
export const BACKUP_FORMAT = 'kier-backup';
/** The version this app writes; files of this version and older can be read. */
export const BACKUP_VERSION = 2;
/** Files larger than this are refused before they are read as JSON. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
/** Files with more diary entries than this are refused before any entry is checked. */
export const MAX_BACKUP_ENTRIES = 50_000;
/** Files with more plans than this are refused before any plan is checked. */
export const MAX_BACKUP_PLANS = PLAN_LIMITS.plans;

/**
 * A version 1 backup file, as Kier wrote it before plans existed. Kept as history: such files
 * are still read, and upgraded to version 2 (with no plans) before they are checked.
 */
export interface BackupFileV1 {
  format: typeof BACKUP_FORMAT;
  version: 1;
  /** When the file was made, an ISO 8601 UTC timestamp. */
  exportedAt: string;
  /** Informational only; import does not look at it. */
  app: { name: 'Kier' };
  /** Sorted by occurredAt, oldest first, then by id. */
  diary: DiaryEntry[];
  settings: Preferences;
}

/** A version 2 backup file, exactly as written to disk: version 1 and the parent's plans. */
export interface BackupFileV2 extends Omit<BackupFileV1, 'version'> {
  version: 2;
  /** Sorted by createdAt, oldest first, then by id. */
  plans: Plan[];
}

/** The file this app writes. */
export type BackupFile = BackupFileV2;

/** What a checked backup file holds, already upgraded to the current version's shape. */
export interface ParsedBackup {
  /** The version the file was written in (it may have been upgraded since). */
  version: number;
  exportedAt: string;
  records: BackupRecords;
  settings: Preferences;
}

export type BackupProblemCode =
  | 'empty'
  | 'tooLarge'
  | 'notJson'
  | 'notKier'
  | 'newerVersion'
  | 'unknownVersion'
  | 'tooManyEntries'
  | 'invalidEntry'
  | 'invalidFile'
  | 'duplicateId'
  | 'tooManyPlans'
  | 'invalidPlan'
  | 'duplicatePlanId'
  | 'invalidEncryption'
  /** A date (createdAt, updatedAt, completedAt, exportedAt) more than a day after now. */
  | 'futureDate'
  | 'nestedEncryption'
  | 'wrongPassword';

/**
 * Why a file was refused. Shown to the parent, so it never holds any text from the file:
 * only a code, positions, field names from the schema and numbers.
 */
export interface BackupProblem {
  code: BackupProblemCode;
  /** 1-based position of the entry in the file. */
  entry?: number;
  /** 1-based position of the plan in the file. */
  plan?: number;
  /**
   * The field that is wrong: an entry's ('tension', 'occurredAt', 'tags'), a plan's ('items',
   * 'startItemIds', 'changes'), or the file's ('diary', 'plans', 'exportedAt'). For
   * invalidEncryption, the path of the encrypted file's field ('encrypted.kdf.iterations').
   */
  field?: string;
  /** tooManyEntries / tooManyPlans: the most a file may hold; tooLarge: the most bytes. */
  limit?: number;
  /** newerVersion: the file's version. */
  version?: number;
  /** For duplicateId: the 1-based position of the earlier entry with the same id. */
  otherEntry?: number;
  /** For duplicatePlanId: the 1-based position of the earlier plan with the same id. */
  otherPlan?: number;
}

export type ParseResult = { ok: true; backup: ParsedBackup } | { ok: false; problem: BackupProblem };

/**
 * An encrypted backup file (encrypted-format.ts), checked and decoded but not yet opened: the
 * import asks for the password before it can say what the file holds.
 */
export interface EncryptedBackup {
  /** The file's `version`. */
  version: number;
  /** When the file was made: the one thing an encrypted file shows in clear. */
  exportedAt: string;
  iterations: number;
  salt: Uint8Array;
  iv: Uint8Array;
  /** The ciphertext with AES-GCM's 16-byte tag at its end. */
  data: Uint8Array;
}

/** What a chosen file turned out to be: a backup that can be restored, an encrypted one that needs its password, or a problem. */
export type BackupCheck =
  | { kind: 'backup'; backup: ParsedBackup }
  | { kind: 'encrypted'; encrypted: EncryptedBackup }
  | { kind: 'problem'; problem: BackupProblem };
