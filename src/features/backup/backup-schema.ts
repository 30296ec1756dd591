import * as v from 'valibot';
import { ENTRY_KINDS, ENTRY_LIMITS, TENSION_MAX, TENSION_MIN, type DiaryEntry } from '../../storage/diary/diary-entry';
import { DECISIONS, MAX_START_ITEMS, PLAN_LIMITS, PLAN_STEPS, SITUATION_GROUPS, type Plan } from '../../storage/plans/plan';
import type { Preferences } from '../../storage/preferences';
import { CONTACT_IDEAS, ESCALATION_IDEAS, SITUATIONS } from '../plan/catalogue';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_ENTRIES, MAX_BACKUP_PLANS } from './backup-format';
import { sanitizePreferences } from '../../storage/preferences';
import { canonicalTimestamp, isCalendarDay } from './backup-timestamp';

/**
 * Valibot schemas for a backup file of the current version (2); older files are upgraded
 * to this shape first (upgrade-backup.ts). `v.object` builds a new object from the
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

/** How many times a record was saved: a whole number, 0 or more (see DiaryEntry.revision). */
const revisionSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));

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
  revision: v.optional(revisionSchema),
});

/** Settings never make a file invalid: each bad value is dropped on its own. */
export const settingsSchema = v.optional(v.pipe(v.unknown(), v.transform(sanitizePreferences)), {});

/** Arrays are objects too; a record must be a plain object before its fields are read. */
const plainObject = v.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value));

const diaryEntrySchema = v.pipe(plainObject, backupEntrySchema);

/** A list whose length is checked before any element, so a huge array is refused without walking it. */
function listOf<TItem extends v.GenericSchema>(item: TItem, max: number) {
  return v.pipe(v.array(v.unknown()), v.maxLength(max), v.array(item));
}

/** A catalogue id this app knows (the words live in the locale files, under that id). */
function knownId(ids: readonly string[]) {
  const known = new Set(ids);
  return v.pipe(v.string(), v.maxLength(PLAN_LIMITS.catalogueIdLength), v.check((id) => known.has(id)));
}

/** The parent's own line (a situation, a contact moment): trimmed, then non-empty and short. */
const ownLineSchema = v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(PLAN_LIMITS.shortText));

/** A few paragraphs in the parent's words, kept exactly as written (may be empty). */
const longTextSchema = v.pipe(v.string(), v.maxLength(PLAN_LIMITS.longText));

/** One line in the parent's words, kept exactly as written (may be empty while being typed). */
const shortTextSchema = v.pipe(v.string(), v.maxLength(PLAN_LIMITS.shortText));

/** A calendar day "YYYY-MM-DD", or '' while the parent has not chosen one. */
const daySchema = v.pipe(
  v.string(),
  v.check((day) => day === '' || isCalendarDay(day)),
);

/**
 * A situation: from the catalogue (its id only) or the parent's own words (and maybe a group
 * and the parent's answers about violence), never both. Files from before those answers
 * existed simply do not have them.
 */
export const backupPlanItemSchema = v.object({
  id: idSchema,
  catalogueId: v.optional(knownId(SITUATIONS.map((situation) => situation.id))),
  text: v.optional(ownLineSchema),
  group: v.optional(v.picklist(SITUATION_GROUPS)),
  aboutViolence: v.optional(v.boolean()),
  acceptConfirmed: v.optional(v.boolean()),
  decision: v.optional(v.picklist(DECISIONS)),
});

const planItemSchema = v.pipe(
  plainObject,
  backupPlanItemSchema,
  v.check((item) =>
    item.catalogueId !== undefined
      ? item.text === undefined && item.group === undefined && item.aboutViolence === undefined && item.acceptConfirmed === undefined
      : item.text !== undefined,
  ),
);

/** A line of a suggestion list: a suggestion from `ideas` or the parent's own words, never both. */
function listItemSchema(ideas: readonly string[]) {
  return v.pipe(
    plainObject,
    v.object({ id: idSchema, catalogueId: v.optional(knownId(ideas)), text: v.optional(ownLineSchema) }),
    v.check((line) => (line.catalogueId === undefined) !== (line.text === undefined)),
  );
}

const changeSchema = v.pipe(
  plainObject,
  v.object({ itemId: idSchema, action: longTextSchema, startsOn: daySchema, announcement: longTextSchema }),
);

const supporterSchema = v.pipe(plainObject, v.object({ id: idSchema, name: shortTextSchema, role: shortTextSchema }));

/**
 * A plan. Rules that compare fields (start items are 'stop' items of this plan, changes name
 * an item of this plan, no violence under 'accept', no duplicate ids) are in plan-consistency.ts.
 */
export const backupPlanSchema = v.object({
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  step: v.picklist(PLAN_STEPS),
  items: listOf(planItemSchema, PLAN_LIMITS.items),
  startItemIds: listOf(idSchema, MAX_START_ITEMS),
  changes: listOf(changeSchema, PLAN_LIMITS.items),
  contact: listOf(listItemSchema(CONTACT_IDEAS), PLAN_LIMITS.listItems),
  escalation: v.pipe(plainObject, v.object({ responses: listOf(listItemSchema(ESCALATION_IDEAS), PLAN_LIMITS.listItems), whoToCall: longTextSchema })),
  supporters: listOf(supporterSchema, PLAN_LIMITS.supporters),
  reviewOn: daySchema,
  completedAt: v.optional(timestampSchema),
  revision: v.optional(revisionSchema),
});

const planSchema = v.pipe(plainObject, backupPlanSchema);

/** The whole file. `app` is informational and not checked; it is not part of the result. */
export const backupFileSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: timestampSchema,
  diary: listOf(diaryEntrySchema, MAX_BACKUP_ENTRIES),
  plans: listOf(planSchema, MAX_BACKUP_PLANS),
  settings: settingsSchema,
});

export type BackupEntryOutput = v.InferOutput<typeof backupEntrySchema>;
export type BackupPlanOutput = v.InferOutput<typeof backupPlanSchema>;
export type BackupFileOutput = v.InferOutput<typeof backupFileSchema>;

/** The keys a problem may name; anything else in an issue path is left out of the problem. */
export const ENTRY_FIELDS = Object.keys(backupEntrySchema.entries) as (keyof DiaryEntry)[];
export const PLAN_FIELDS = Object.keys(backupPlanSchema.entries) as (keyof Plan)[];
export const FILE_FIELDS = Object.keys(backupFileSchema.entries) as (keyof BackupFileOutput)[];

// Compile-time guarantees that what the schemas produce is what the app stores.
type Assert<T extends true> = T;
type Same<A, B> = A extends B ? (B extends A ? true : false) : false;
type EntryMatches = Assert<Same<BackupEntryOutput, DiaryEntry>>;
type PlanMatches = Assert<Same<BackupPlanOutput, Plan>>;
type PlanItemMatches = Assert<Same<BackupPlanOutput['items'][number], Plan['items'][number]>>;
type PlanListMatches = Assert<Same<BackupPlanOutput['contact'][number], Plan['contact'][number]> & Same<BackupPlanOutput['escalation'], Plan['escalation']>>;
type FileMatches = Assert<Same<BackupFileOutput['diary'][number], DiaryEntry> & Same<BackupFileOutput['plans'][number], Plan>>;
type SettingsMatch = Assert<BackupFileOutput['settings'] extends Preferences ? true : false>;
