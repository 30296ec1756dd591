import type { DiaryEntry } from '../../storage/diary/diary-entry';
import { localDate } from './local-time';

export interface DiaryDay {
  /** Local date, "YYYY-MM-DD". */
  date: string;
  entries: DiaryEntry[];
}

/** Consecutive entries on the same local day, in the order given (newest first in the timeline). */
export function groupByDay(entries: readonly DiaryEntry[]): DiaryDay[] {
  const days: DiaryDay[] = [];
  for (const entry of entries) {
    const date = localDate(entry.occurredAt);
    const last = days[days.length - 1];
    if (last?.date === date) last.entries.push(entry);
    else days.push({ date, entries: [entry] });
  }
  return days;
}
