import * as v from 'valibot';
import { ENTRY_KINDS, ENTRY_LIMITS, TENSION_MAX, TENSION_MIN, type DiaryEntry } from '../../storage/diary/diary-entry';
import type { Preferences } from '../../storage/preferences';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_ENTRIES } from './backup-format';
import { sanitizePreferences } from '../../storage/preferences';
import { canonicalTimestamp } from './backup-timestamp';

/**
 * Valibot schemas for a version 1 backup file. `v.object` builds a new object from the
 * schema's own keys only, so unknown keys (including `__proto__` and `constructor`) are
 * never copied through. Messages are left at valibot's defaults: parse-backup.ts reads only
 * the issue path, never the message (which could quote the file's content).
 */

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** Ids are random, made of letters, digits, '-' and '_'; nothing that could be a path or markup. */
export const idSchema = v.pipe(v.string(), v.nonEmpty(), v.maxLength(ENTRY_LIMITS.idLength), v.regex(ID_PATTERN));

/** A real UTC date and time between 1900 and 2200, rewritten in toISOString's canonical form. */
export const timestampSchema = v.pipe(
  v.string(),
  v.maxLength(40),
  // One pass checks and rewrites; the message is never shown (see parse-backup.ts).
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const canonical = canonicalTimestamp(dataset.value);
    if (canonical === null) {
      addIssue({ message: 'Invalid timestamp' });
      return NEVER;
    }
    return canonical;
  }),
);

/** Tags are trimmed, then must be non-empty and short. */
const tagSchema = v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(ENTRY_LIMITS.tagLength));

/** The count is checked before any tag, so a huge array is refused without walking it. */
const tagsSchema = v.pipe(v.array(v.unknown()), v.maxLength(ENTRY_LIMITS.tags), v.array(tagSchema));

export const tensionSchema = v.pipe(v.number(), v.integer(), v.minValue(TENSION_MIN), v.maxValue(TENSION_MAX));

export const backupEntrySchema = v.object({
  id: idSchema,
  occurredAt: timestampSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  kind: v.picklist(ENTRY_KINDS),
  text: v.pipe(v.string(), v.maxLength(ENTRY_LIMITS.textLength)),
  tension: v.optional(tensionSchema),
  tags: tagsSchema,
  planItemId: v.optional(idSchema),
});

/** Settings never make a file invalid: each bad value is dropped on its own. */
export const settingsSchema = v.optional(v.pipe(v.unknown(), v.transform(sanitizePreferences)), {});

/** Arrays are objects too; an entry must be a plain object before its fields are read. */
const diaryEntrySchema = v.pipe(
  v.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value)),
  backupEntrySchema,
);

/** The whole file. `app` is informational and not checked; it is not part of the result. */
export const backupFileSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: timestampSchema,
  diary: v.pipe(v.array(v.unknown()), v.maxLength(MAX_BACKUP_ENTRIES), v.array(diaryEntrySchema)),
  settings: settingsSchema,
});

export type BackupEntryOutput = v.InferOutput<typeof backupEntrySchema>;
export type BackupFileOutput = v.InferOutput<typeof backupFileSchema>;

/** The keys a problem may name; anything else in an issue path is left out of the problem. */
export const ENTRY_FIELDS = Object.keys(backupEntrySchema.entries) as (keyof DiaryEntry)[];
export const FILE_FIELDS = Object.keys(backupFileSchema.entries) as (keyof BackupFileOutput)[];

// Compile-time guarantees that what the schemas produce is what the app stores.
type Assert<T extends true> = T;
type EntryMatches = Assert<BackupEntryOutput extends DiaryEntry ? (DiaryEntry extends BackupEntryOutput ? true : false) : false>;
type SettingsMatch = Assert<BackupFileOutput['settings'] extends Preferences ? true : false>;
