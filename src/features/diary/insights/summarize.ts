import { ENTRY_KINDS, type DiaryEntry, type EntryKind } from '../../../storage/diary/diary-entry';
import { localDateOf } from '../../shared/local-date';
import { inRange, type DateRange } from './periods';
import { tensionStats } from './tension-stats';

export interface DiarySummary extends DateRange {
  /** Every entry in the range, oldest first. */
  entries: DiaryEntry[];
  /** Every kind, zeros included (the sheet shows only kinds with entries). */
  kindCounts: Record<EntryKind, number>;
  /** The entries with the highest tension, highest first (of equal ones, the more recent first). */
  hardest: DiaryEntry[];
  tension: {
    /** How many entries have a tension. */
    count: number;
    average: number | null;
    highest: number | null;
  };
}

/** How many of the hardest moments go on the first page. */
export const HARDEST_MOMENTS = 3;

function byHardest(a: DiaryEntry, b: DiaryEntry): number {
  if (a.tension !== b.tension) return (b.tension ?? -1) - (a.tension ?? -1);
  return -byOldest(a, b);
}

function byOldest(a: DiaryEntry, b: DiaryEntry): number {
  if (a.occurredAt !== b.occurredAt) return a.occurredAt < b.occurredAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** What a parent takes to an appointment: the entries of a period (both ends included, local days) and counts. */
export function summarize(entries: readonly DiaryEntry[], range: DateRange): DiarySummary {
  const chosen = entries.filter((entry) => inRange(localDateOf(entry.occurredAt), range)).sort(byOldest);
  const kindCounts = Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, 0])) as Record<EntryKind, number>;
  for (const entry of chosen) if (entry.kind in kindCounts) kindCounts[entry.kind] += 1;
  const stats = tensionStats(chosen.flatMap((entry) => (typeof entry.tension === 'number' ? [entry.tension] : [])));
  return {
    ...range,
    entries: chosen,
    kindCounts,
    hardest: chosen.filter((entry) => typeof entry.tension === 'number').sort(byHardest).slice(0, HARDEST_MOMENTS),
    tension: { count: stats.count, average: stats.average, highest: stats.highest },
  };
}
