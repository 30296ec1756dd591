import type { BackupRecords } from '../../storage/backup-repository';
import type { DiaryEntry } from '../../storage/diary/diary-entry';
import type { Preferences } from '../../storage/preferences';

/** The value of `format` in every Kier backup file. */
export const BACKUP_FORMAT = 'kier-backup';
/** The version this app writes; files of this version and older can be read. */
export const BACKUP_VERSION = 1;
/** Files larger than this are refused before they are read as JSON. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
/** Files with more diary entries than this are refused before any entry is checked. */
export const MAX_BACKUP_ENTRIES = 50_000;

/** A version 1 backup file, exactly as written to disk. */
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
  | 'duplicateId';

/**
 * Why a file was refused. Shown to the parent, so it never holds any text from the file:
 * only a code, positions, field names from the schema and numbers.
 */
export interface BackupProblem {
  code: BackupProblemCode;
  /** 1-based position of the entry in the file. */
  entry?: number;
  /** The field that is wrong, e.g. 'tension', 'occurredAt', 'tags' (or 'diary', 'exportedAt' for the file). */
  field?: string;
  /** tooManyEntries: the most entries a file may hold; tooLarge: the most bytes. */
  limit?: number;
  /** newerVersion: the file's version. */
  version?: number;
  /** For duplicateId: the 1-based position of the earlier entry with the same id. */
  otherEntry?: number;
}

export type ParseResult = { ok: true; backup: ParsedBackup } | { ok: false; problem: BackupProblem };
