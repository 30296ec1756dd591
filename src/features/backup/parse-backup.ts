import * as v from 'valibot';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_ENTRIES,
  MAX_BACKUP_PLANS,
  type BackupCheck,
  type BackupProblem,
  type ParseResult,
} from './backup-format';
import { backupFileSchema, ENTRY_FIELDS, FILE_FIELDS, PLAN_FIELDS } from './backup-schema';
import { defaultEncryptedFileSchema, ENCRYPTED_FIELD_KEYS, ENCRYPTED_SINCE_VERSION, encryptedFileSchema, MAX_ENCRYPTED_BACKUP_BYTES } from './encrypted-format';
import { firstFutureDate } from './future-dates';
import { firstPlanProblem, withSafeDecisions } from './plan-consistency';
import { upgradeToCurrent, type RawBackupFile } from './upgrade-backup';

export type { BackupCheck, BackupProblem, BackupProblemCode, EncryptedBackup, ParseResult } from './backup-format';

/** JSON.parse failed (the error's message quotes the file, so it is dropped). */
const NOT_JSON = Symbol('not JSON');

/**
 * Reads and checks a whole ordinary backup file without touching the device. Checks run
 * cheapest first: size, emptiness, JSON, format, version, the shape and count of the diary and
 * of the plans, then every entry and every plan field by field, then duplicate entry ids, then
 * the rules that compare a plan's fields (plan-consistency.ts), then duplicate plan ids. The
 * first problem found is returned; it never holds any text from the file (see BackupProblem).
 *
 * `byteLength` is the file's size as the browser reports it (`File.size`), so a huge file is
 * refused before it is parsed. The text's own length is checked too: UTF-8 never takes fewer
 * bytes than UTF-16 code units, so a text longer than the limit cannot be within it.
 *
 * An encrypted file is not read here (see checkBackup): where an ordinary file is expected,
 * such as inside an encrypted file, it is refused as 'nestedEncryption'.
 */
export function parseBackup(text: string, byteLength: number, options: { now?: number } = {}): ParseResult {
  if (byteLength > MAX_BACKUP_BYTES || text.length > MAX_BACKUP_BYTES) return refuse({ code: 'tooLarge', limit: MAX_BACKUP_BYTES });
  const raw = readJson(text);
  if (raw === undefined) return refuse({ code: 'empty' });
  if (raw === NOT_JSON) return refuse({ code: 'notJson' });
  if (isEncryptedFile(raw)) return refuse({ code: 'nestedEncryption' });
  return parseRaw(raw, options.now ?? Date.now());
}

/**
 * Checks a file the parent chose: an ordinary backup (parseBackup's checks), or an encrypted
 * one, whose envelope is checked and decoded here so that only the password is missing
 * (decrypting it is openEncryptedBackup's work, in encrypted-backup.ts). Like parseBackup, it
 * never touches the device and a problem never quotes the file.
 *
 * An encrypted file may be larger than an ordinary one (base64 takes a third more room), so
 * that every ordinary file Kier may read can also be read encrypted. `options.minIterations`
 * and `options.now` (the clock dates are checked against) are for tests only.
 */
export function checkBackup(text: string, byteLength: number, options: { minIterations?: number; now?: number } = {}): BackupCheck {
  const tooLarge: BackupCheck = { kind: 'problem', problem: { code: 'tooLarge', limit: MAX_BACKUP_BYTES } };
  if (byteLength > MAX_ENCRYPTED_BACKUP_BYTES || text.length > MAX_ENCRYPTED_BACKUP_BYTES) return tooLarge;
  const raw = readJson(text);
  if (raw !== undefined && raw !== NOT_JSON && isEncryptedFile(raw)) return checkEncrypted(raw, options.minIterations);
  if (byteLength > MAX_BACKUP_BYTES || text.length > MAX_BACKUP_BYTES) return tooLarge;
  if (raw === undefined) return { kind: 'problem', problem: { code: 'empty' } };
  if (raw === NOT_JSON) return { kind: 'problem', problem: { code: 'notJson' } };
  const result = parseRaw(raw, options.now ?? Date.now());
  return result.ok ? { kind: 'backup', backup: result.backup } : { kind: 'problem', problem: result.problem };
}

/** The parsed JSON; undefined for an empty file. A byte order mark at the start is skipped. */
function readJson(text: string): unknown {
  // \s includes U+FEFF, so a file holding only a byte order mark is empty too.
  if (!/\S/.test(text)) return undefined;
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    // The error's message quotes the file; it is deliberately dropped.
    return NOT_JSON;
  }
}

/** A Kier file with an `encrypted` field: read as encrypted, whatever else it holds. */
function isEncryptedFile(raw: unknown): raw is Record<string, unknown> {
  return isPlainObject(raw) && own(raw, 'format') === BACKUP_FORMAT && own(raw, 'encrypted') !== undefined;
}

/** The version rules every file follows; null when the version is one this app reads. */
function versionProblem(version: unknown): BackupProblem | null {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { code: 'unknownVersion' };
  if (version > BACKUP_VERSION) return { code: 'newerVersion', version };
  return null;
}

function checkEncrypted(raw: Record<string, unknown>, minIterations: number | undefined): BackupCheck {
  const version = own(raw, 'version');
  const problem = versionProblem(version);
  if (problem) return { kind: 'problem', problem };
  if ((version as number) < ENCRYPTED_SINCE_VERSION) return { kind: 'problem', problem: { code: 'unknownVersion' } };
  const schema = minIterations === undefined ? defaultEncryptedFileSchema : encryptedFileSchema(minIterations);
  const result = v.safeParse(schema, raw, { abortEarly: true });
  if (!result.success) return { kind: 'problem', problem: encryptionProblemOf(result.issues[0]) };
  const { exportedAt, encrypted } = result.output;
  return {
    kind: 'encrypted',
    encrypted: { version: version as number, exportedAt, iterations: encrypted.kdf.iterations, salt: encrypted.kdf.salt, iv: encrypted.cipher.iv, data: encrypted.data },
  };
}

/** Like problemOf: only the schema's own keys are read from the issue, never its message or input. */
function encryptionProblemOf(issue: v.BaseIssue<unknown> | undefined): BackupProblem {
  const keys = (issue?.path ?? []).map((item) => item.key);
  if (keys[0] === 'exportedAt') return { code: 'invalidFile', field: 'exportedAt' };
  const problem: BackupProblem = { code: 'invalidEncryption' };
  if (keys.length > 0 && keys.every((key) => typeof key === 'string' && ENCRYPTED_FIELD_KEYS.includes(key))) problem.field = keys.join('.');
  return problem;
}

/** The checks after JSON: format, version (and the upgrade), the lists, then every record. */
function parseRaw(raw: unknown, now: number): ParseResult {
  if (!isPlainObject(raw) || own(raw, 'format') !== BACKUP_FORMAT) return refuse({ code: 'notKier' });

  const version = own(raw, 'version');
  const problem = versionProblem(version);
  if (problem) return refuse(problem);

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

  const future = firstFutureDate(result.output, now);
  if (future) return refuse(future);

  return {
    ok: true,
    backup: {
      version: version as number,
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
