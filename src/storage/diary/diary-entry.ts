/**
 * A diary entry as stored on the device and written to backup files. Dates are ISO 8601
 * strings in UTC ("2026-11-22T20:15:00.000Z"), so they sort as text.
 */
export const ENTRY_KINDS = ['event', 'contact', 'step', 'feelings', 'other'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const TENSION_MIN = 0;
export const TENSION_MAX = 10;

/** Limits shared by the editor, the repository and backup validation. */
export const ENTRY_LIMITS = {
  textLength: 20_000,
  tags: 20,
  tagLength: 40,
  idLength: 64,
} as const;

export interface DiaryEntry {
  id: string;
  /** When it happened; defaults to when the entry was started, editable. */
  occurredAt: string;
  createdAt: string;
  updatedAt: string;
  kind: EntryKind;
  text: string;
  /** Tension at home, 0–10; absent when the parent did not say. */
  tension?: number;
  tags: string[];
  /** Id of a plan item this entry is about (filled in by the plan builder). */
  planItemId?: string;
  /**
   * How many times this entry was saved on a device (1 for a new entry); absent in entries from
   * before it was kept, which counts as 0. A merging import keeps the copy saved more often, and
   * only on a tie the later `updatedAt`: a device clock that was wrong cannot make an older copy win.
   */
  revision?: number;
}

export function isEntryKind(value: unknown): value is EntryKind {
  return (ENTRY_KINDS as readonly unknown[]).includes(value);
}

export function isTension(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= TENSION_MIN && value <= TENSION_MAX;
}

/** Newest first by when it happened; ties broken by id so the order is stable. */
export function byNewest(a: DiaryEntry, b: DiaryEntry): number {
  if (a.occurredAt !== b.occurredAt) return a.occurredAt < b.occurredAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
