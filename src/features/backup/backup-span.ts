import type { DiaryEntry } from '../../storage/diary/diary-entry';

export interface BackupSpan {
  count: number;
  /** The earliest occurredAt, or null when there are no entries. */
  first: string | null;
  /** The latest occurredAt, or null when there are no entries. */
  last: string | null;
}

/**
 * How many entries and the period they cover, for "42 notities van maart tot juni".
 * Timestamps are canonical UTC ISO strings, so comparing them as text compares the times.
 * The entries need not be sorted.
 */
export function backupSpan(entries: readonly DiaryEntry[]): BackupSpan {
  let first: string | null = null;
  let last: string | null = null;
  for (const { occurredAt } of entries) {
    if (first === null || occurredAt < first) first = occurredAt;
    if (last === null || occurredAt > last) last = occurredAt;
  }
  return { count: entries.length, first, last };
}
