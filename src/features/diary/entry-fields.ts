import { NEW_ENTRY_DRAFT, type DraftFields } from '../../storage/diary/diary-draft';
import { ENTRY_LIMITS, type DiaryEntry } from '../../storage/diary/diary-entry';
import { fromLocalInput, toLocalInput } from './local-time';

/** The editor's fields for a new entry, happening now. */
export function emptyFields(now: Date): DraftFields {
  return { occurredAtLocal: toLocalInput(now), kind: 'event', text: '', tension: null, tagsText: '' };
}

export function fieldsOf(entry: DiaryEntry): DraftFields {
  return {
    occurredAtLocal: toLocalInput(entry.occurredAt),
    kind: entry.kind,
    text: entry.text,
    tension: entry.tension ?? null,
    tagsText: entry.tags.join(', '),
    ...(entry.planItemId ? { planItemId: entry.planItemId } : {}),
  };
}

export function sameFields(a: DraftFields, b: DraftFields): boolean {
  return (
    a.occurredAtLocal === b.occurredAtLocal &&
    a.kind === b.kind &&
    a.text === b.text &&
    a.tension === b.tension &&
    a.tagsText === b.tagsText &&
    a.planItemId === b.planItemId
  );
}

/** Tags from "school, Slaap,  #eten": trimmed, without '#', no doubles (ignoring case), within limits. */
export function parseTags(text: string): string[] {
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const tag = part.trim().replace(/^#+/, '').trim().slice(0, ENTRY_LIMITS.tagLength).trim();
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
    if (tags.length === ENTRY_LIMITS.tags) break;
  }
  return tags;
}

export type FieldProblem = 'empty' | 'date' | 'tooLong';

/** What is wrong with the fields before they can be saved, or null. */
export function problemOf(fields: DraftFields): FieldProblem | null {
  if (fields.text.trim() === '' && fields.tension === null) return 'empty';
  if (fields.text.length > ENTRY_LIMITS.textLength) return 'tooLong';
  if (fromLocalInput(fields.occurredAtLocal) === null) return 'date';
  return null;
}

/** The entry these fields describe: a new one, or `existing` changed. Call only when problemOf is null. */
export function entryFrom(fields: DraftFields, options: { existing?: DiaryEntry; newId: () => string; now: Date }): DiaryEntry {
  const now = options.now.toISOString();
  const occurredAt = fromLocalInput(fields.occurredAtLocal);
  if (occurredAt === null) throw new Error('entryFrom: invalid occurredAtLocal');
  const entry: DiaryEntry = {
    id: options.existing?.id ?? options.newId(),
    occurredAt,
    createdAt: options.existing?.createdAt ?? now,
    updatedAt: now,
    kind: fields.kind,
    text: fields.text,
    tags: parseTags(fields.tagsText),
  };
  if (fields.tension !== null) entry.tension = fields.tension;
  if (fields.planItemId) entry.planItemId = fields.planItemId;
  return entry;
}

export function draftKeyFor(entryId: string | undefined): string {
  return entryId ?? NEW_ENTRY_DRAFT;
}
