import type { BackupRecords } from '../../storage/backup-repository';
import type { DiaryEntry } from '../../storage/diary/diary-entry';
import type { Preferences } from '../../storage/preferences';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFileV1 } from './backup-format';
import { sanitizePreferences } from '../../storage/preferences';

/**
 * The backup file for these records and settings. Entries are sorted by occurredAt, oldest
 * first, then by id, so two exports of the same diary are identical. Only known fields are
 * copied (anything else an entry might carry stays behind) and no key is ever undefined.
 */
export function buildBackup(records: BackupRecords, settings: Preferences, now: Date): BackupFileV1 {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    app: { name: 'Kier' },
    diary: records.diary.map(copyEntry).sort(byOccurredAt),
    settings: sanitizePreferences(settings),
  };
}

function copyEntry(entry: DiaryEntry): DiaryEntry {
  const copy: DiaryEntry = {
    id: entry.id,
    occurredAt: entry.occurredAt,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    kind: entry.kind,
    text: entry.text,
    tags: [...entry.tags],
  };
  if (entry.tension !== undefined) copy.tension = entry.tension;
  if (entry.planItemId !== undefined) copy.planItemId = entry.planItemId;
  return copy;
}

/** Oldest first; plain code-unit comparison (not locale-aware) so the order never varies. */
function byOccurredAt(a: DiaryEntry, b: DiaryEntry): number {
  if (a.occurredAt !== b.occurredAt) return a.occurredAt < b.occurredAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** "kier-backup-2026-11-22.json", in the device's local date (the day the parent sees). */
export function backupFileName(now: Date): string {
  return `kier-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/**
 * The file's JSON text. The header is indented for a person opening the file; each diary
 * entry takes exactly one line. Indenting everything (JSON.stringify(file, null, 2)) puts
 * every field and tag on its own line: about 90 bytes of whitespace per entry, close to 1 MB
 * for 10,000 entries. One line per entry costs 5 bytes per entry over fully compact JSON,
 * stays readable, and diffs well between two exports. The long diary comes last.
 */
export function serializeBackup(file: BackupFileV1): string {
  const entries = file.diary.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n');
  return [
    '{',
    `  "format": ${JSON.stringify(file.format)},`,
    `  "version": ${JSON.stringify(file.version)},`,
    `  "exportedAt": ${JSON.stringify(file.exportedAt)},`,
    `  "app": ${JSON.stringify(file.app)},`,
    `  "settings": ${JSON.stringify(file.settings)},`,
    entries ? `  "diary": [\n${entries}\n  ]` : '  "diary": []',
    '}',
    '',
  ].join('\n');
}
