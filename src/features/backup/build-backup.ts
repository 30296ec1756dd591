import type { BackupRecords } from '../../storage/backup-repository';
import type { DiaryEntry } from '../../storage/diary/diary-entry';
import type { Plan, PlanChange, PlanItem, PlanListItem, Supporter } from '../../storage/plans/plan';
import type { Preferences } from '../../storage/preferences';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from './backup-format';
import { withConsistentLinks } from './plan-consistency';
import { sanitizePreferences } from '../../storage/preferences';

/**
 * The backup file for these records and settings. Entries are sorted by occurredAt, oldest
 * first, then by id, and plans by createdAt, oldest first, then by id, so two exports of the
 * same data are identical. Only known fields are copied (anything else a record might carry
 * stays behind) and no key is ever undefined. A plan's links between its own fields are made
 * consistent first (see withConsistentLinks), so Kier never writes a file it would refuse.
 */
export function buildBackup(records: BackupRecords, settings: Preferences, now: Date): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    app: { name: 'Kier' },
    diary: records.diary.map(copyEntry).sort(byOccurredAt),
    plans: records.plans.map((plan) => copyPlan(withConsistentLinks(plan))).sort(byCreatedAt),
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
  if (entry.revision !== undefined) copy.revision = entry.revision;
  return copy;
}

function copyPlan(plan: Plan): Plan {
  const copy: Plan = {
    id: plan.id,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
    step: plan.step,
    items: plan.items.map(copyItem),
    startItemIds: [...plan.startItemIds],
    changes: plan.changes.map(copyChange),
    contact: plan.contact.map(copyListItem),
    escalation: { responses: plan.escalation.responses.map(copyListItem), whoToCall: plan.escalation.whoToCall },
    supporters: plan.supporters.map(copySupporter),
    reviewOn: plan.reviewOn,
  };
  if (plan.completedAt !== undefined) copy.completedAt = plan.completedAt;
  if (plan.revision !== undefined) copy.revision = plan.revision;
  return copy;
}

function copyItem(item: PlanItem): PlanItem {
  const copy: PlanItem = { id: item.id };
  if (item.catalogueId !== undefined) copy.catalogueId = item.catalogueId;
  if (item.text !== undefined) copy.text = item.text;
  if (item.group !== undefined) copy.group = item.group;
  // Only own items carry the parent's answers about violence (the schema refuses them elsewhere).
  if (item.catalogueId === undefined && item.aboutViolence !== undefined) copy.aboutViolence = item.aboutViolence;
  if (item.catalogueId === undefined && item.acceptConfirmed !== undefined) copy.acceptConfirmed = item.acceptConfirmed;
  if (item.decision !== undefined) copy.decision = item.decision;
  return copy;
}

function copyChange(change: PlanChange): PlanChange {
  return { itemId: change.itemId, action: change.action, startsOn: change.startsOn, announcement: change.announcement };
}

function copyListItem(line: PlanListItem): PlanListItem {
  const copy: PlanListItem = { id: line.id };
  if (line.catalogueId !== undefined) copy.catalogueId = line.catalogueId;
  if (line.text !== undefined) copy.text = line.text;
  return copy;
}

function copySupporter(person: Supporter): Supporter {
  return { id: person.id, name: person.name, role: person.role };
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

/** Oldest plan first, then by id; plain code-unit comparison, like byOccurredAt. */
function byCreatedAt(a: Plan, b: Plan): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The file's JSON text. The header is indented for a person opening the file; each plan and
 * each diary entry takes exactly one line. Indenting everything (JSON.stringify(file, null,
 * 2)) puts every field and tag on its own line: about 90 bytes of whitespace per entry, close
 * to 1 MB for 10,000 entries. One line per entry costs 5 bytes per entry over fully compact
 * JSON, stays readable, and diffs well between two exports. The few plans come before the
 * long diary, which comes last.
 */
export function serializeBackup(file: BackupFile): string {
  const plans = file.plans.map((plan) => `    ${JSON.stringify(plan)}`).join(',\n');
  const entries = file.diary.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n');
  return [
    '{',
    `  "format": ${JSON.stringify(file.format)},`,
    `  "version": ${JSON.stringify(file.version)},`,
    `  "exportedAt": ${JSON.stringify(file.exportedAt)},`,
    `  "app": ${JSON.stringify(file.app)},`,
    `  "settings": ${JSON.stringify(file.settings)},`,
    plans ? `  "plans": [\n${plans}\n  ],` : '  "plans": [],',
    entries ? `  "diary": [\n${entries}\n  ]` : '  "diary": []',
    '}',
    '',
  ].join('\n');
}
