import type { DiaryEntry, EntryKind } from '../../storage/diary/diary-entry';
import { localDate } from './local-time';

export interface DiaryFilter {
  query: string;
  /** Empty: every kind. */
  kinds: EntryKind[];
  /** Empty: any tag. */
  tag: string;
  /** Local dates "YYYY-MM-DD", inclusive; empty: open-ended. */
  from: string;
  to: string;
}

export const NO_FILTER: DiaryFilter = { query: '', kinds: [], tag: '', from: '', to: '' };

/** Lower case without accents, so "geïsoleerd" is found by "geisoleerd" and "Café" by "cafe". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('nl');
}

const folded = new WeakMap<DiaryEntry, string>();

function searchableText(entry: DiaryEntry): string {
  let text = folded.get(entry);
  if (text === undefined) {
    text = fold(`${entry.text}\n${entry.tags.join(' ')}`);
    folded.set(entry, text);
  }
  return text;
}

export function isFiltering(filter: DiaryFilter): boolean {
  return filter.query.trim() !== '' || filter.kinds.length > 0 || filter.tag !== '' || filter.from !== '' || filter.to !== '';
}

/** The entries that match every word of the query and every filter, in the order given. */
export function filterEntries(entries: readonly DiaryEntry[], filter: DiaryFilter): DiaryEntry[] {
  if (!isFiltering(filter)) return [...entries];
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  const kinds = new Set(filter.kinds);
  const tag = filter.tag.toLocaleLowerCase();
  return entries.filter((entry) => {
    if (kinds.size > 0 && !kinds.has(entry.kind)) return false;
    if (tag && !entry.tags.some((candidate) => candidate.toLocaleLowerCase() === tag)) return false;
    if (filter.from || filter.to) {
      const day = localDate(entry.occurredAt);
      if (filter.from && day < filter.from) return false;
      if (filter.to && day > filter.to) return false;
    }
    if (words.length === 0) return true;
    const text = searchableText(entry);
    return words.every((word) => text.includes(word));
  });
}

/** Every tag used, most used first, then alphabetically. */
export function tagsInUse(entries: readonly DiaryEntry[]): string[] {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const entry of entries) {
    for (const tag of entry.tags) {
      const key = tag.toLocaleLowerCase();
      const current = counts.get(key);
      if (current) current.count += 1;
      else counts.set(key, { tag, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)).map(({ tag }) => tag);
}
