import * as v from 'valibot';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_ENTRIES,
  MAX_BACKUP_PLANS,
  type BackupProblem,
  type ParseResult,
} from './backup-format';
import { backupFileSchema, ENTRY_FIELDS, FILE_FIELDS, PLAN_FIELDS } from './backup-schema';
import { firstPlanProblem, withSafeDecisions } from './plan-consistency';
import { upgradeToCurrent, type RawBackupFile } from './upgrade-backup';

export type { BackupProblem, BackupProblemCode, ParseResult } from './backup-format';

/**
 * Reads and checks a whole backup file without touching the device. Checks run cheapest
 * first: size, emptiness, JSON, format, version, the shape and count of the diary and of the
 * plans, then every entry and every plan field by field, then duplicate entry ids, then the
 * rules that compare a plan's fields (plan-consistency.ts), then duplicate plan ids. The
 * first problem found is returned; it never holds any text from the file (see BackupProblem).
 *
 * `byteLength` is the file's size as the browser reports it (`File.size`), so a huge file is
 * refused before it is parsed. The text's own length is checked too: UTF-8 never takes fewer
 * bytes than UTF-16 code units, so a text longer than the limit cannot be within it.
 */
export function parseBackup(text: string, byteLength: number): ParseResult {
  if (byteLength > MAX_BACKUP_BYTES || text.length > MAX_BACKUP_BYTES) return refuse({ code: 'tooLarge', limit: MAX_BACKUP_BYTES });
  // \s includes U+FEFF, so a file holding only a byte order mark is empty too.
  if (!/\S/.test(text)) return refuse({ code: 'empty' });

  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    // The error's message quotes the file; it is deliberately dropped.
    return refuse({ code: 'notJson' });
  }

  if (!isPlainObject(raw) || own(raw, 'format') !== BACKUP_FORMAT) return refuse({ code: 'notKier' });

  const version = own(raw, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse({ code: 'unknownVersion' });
  if (version > BACKUP_VERSION) return refuse({ code: 'newerVersion', version });

  const file = upgradeToCurrent(raw as RawBackupFile);
  if (!file) return refuse({ code: 'unknownVersion' });

  const diary = own(file, 'diary');
  if (!Array.isArray(diary)) return refuse({ code: 'invalidFile', field: 'diary' });
  if (diary.length > MAX_BACKUP_ENTRIES) return refuse({ code: 'tooManyEntries', limit: MAX_BACKUP_ENTRIES });
  const plans = own(file, 'plans');
  if (!Array.isArray(plans)) return refuse({ code: 'invalidFile', field: 'plans' });
  if (plans.length > MAX_BACKUP_PLANS) return refuse({ code: 'tooManyPlans', limit: MAX_BACKUP_PLANS });

  const result = v.safeParse(backupFileSchema, file, { abortEarly: true });
  if (!result.success) return refuse(problemOf(result.issues[0]));

  const duplicate = firstDuplicateId(result.output.diary);
  if (duplicate) return refuse(duplicate);

  const planProblem = firstPlanProblem(result.output.plans);
  if (planProblem) return refuse(planProblem);

  return {
    ok: true,
    backup: {
      version,
      exportedAt: result.output.exportedAt,
      records: { diary: result.output.diary, plans: result.output.plans.map(withSafeDecisions) },
      settings: result.output.settings,
    },
  };
}

function refuse(problem: BackupProblem): ParseResult {
  return { ok: false, problem };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads only the object's own keys, so nothing can come from a (polluted) prototype. */
function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/**
 * Turns valibot's first issue into a problem. Only path keys are read, and only when they
 * are the schema's own field names or array positions: never the issue's message, input or
 * value, which can hold the file's text.
 */
function problemOf(issue: v.BaseIssue<unknown> | undefined): BackupProblem {
  const path = issue?.path ?? [];
  const [top, index, field] = path.map((item) => item.key);
  if (top === 'diary' && typeof index === 'number') {
    const problem: BackupProblem = { code: 'invalidEntry', entry: index + 1 };
    if (isOneOf(field, ENTRY_FIELDS)) problem.field = field;
    return problem;
  }
  if (top === 'diary' && issue?.type === 'max_length') return { code: 'tooManyEntries', limit: MAX_BACKUP_ENTRIES };
  if (top === 'plans' && typeof index === 'number') {
    const problem: BackupProblem = { code: 'invalidPlan', plan: index + 1 };
    if (isOneOf(field, PLAN_FIELDS)) problem.field = field;
    return problem;
  }
  if (top === 'plans' && issue?.type === 'max_length') return { code: 'tooManyPlans', limit: MAX_BACKUP_PLANS };
  const problem: BackupProblem = { code: 'invalidFile' };
  if (isOneOf(top, FILE_FIELDS)) problem.field = top;
  return problem;
}

function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/** The first entry whose id an earlier entry already has, with both 1-based positions. */
function firstDuplicateId(entries: readonly { id: string }[]): BackupProblem | null {
  const seen = new Map<string, number>();
  for (const [index, entry] of entries.entries()) {
    const earlier = seen.get(entry.id);
    if (earlier !== undefined) return { code: 'duplicateId', entry: index + 1, otherEntry: earlier + 1 };
    seen.set(entry.id, index);
  }
  return null;
}
