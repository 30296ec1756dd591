import { MODULE_ID_PATTERN } from '../app/paths';
import { readJson, writeJson } from './local-store';

/**
 * Reading progress and bookmarks, per module id (the same in both languages). Small and not
 * personal text, so kept in localStorage where home can read it at once; the diary and plans
 * live in IndexedDB.
 */
export type ReadingStatus = 'started' | 'read';

export interface ReadingRecord {
  status: ReadingStatus;
  /** How far down the module the parent got, 0–1. */
  position: number;
  bookmarked: boolean;
  updatedAt: string;
}

const KEY = 'kier:reading:v1';

function isRecord(value: unknown): value is ReadingRecord {
  const record = value as ReadingRecord;
  return (
    typeof value === 'object' &&
    value !== null &&
    (record.status === 'started' || record.status === 'read') &&
    typeof record.position === 'number' &&
    record.position >= 0 &&
    record.position <= 1 &&
    typeof record.bookmarked === 'boolean' &&
    typeof record.updatedAt === 'string'
  );
}

export function readAll(): Record<string, ReadingRecord> {
  const value = readJson(KEY);
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value).filter(([id, record]) => MODULE_ID_PATTERN.test(id) && isRecord(record)));
}

export function readingOf(id: string): ReadingRecord | undefined {
  return readAll()[id];
}

function update(id: string, change: (record: ReadingRecord) => ReadingRecord): ReadingRecord {
  const all = readAll();
  const current = all[id] ?? { status: 'started', position: 0, bookmarked: false, updatedAt: '' };
  const next = { ...change(current), updatedAt: new Date().toISOString() };
  writeJson(KEY, { ...all, [id]: next });
  return next;
}

/** Opening a module starts it; the furthest position is kept; reaching the end marks it read. */
export function recordPosition(id: string, position: number, reachedEnd = false): ReadingRecord {
  const clamped = Math.min(1, Math.max(0, position));
  return update(id, (record) => ({
    ...record,
    position: clamped,
    status: record.status === 'read' || reachedEnd ? 'read' : 'started',
  }));
}

export function setBookmarked(id: string, bookmarked: boolean): ReadingRecord {
  return update(id, (record) => ({ ...record, bookmarked }));
}

/** The module to continue with: the most recently read one that is started but not finished. */
export function continueReading(): { id: string; record: ReadingRecord } | undefined {
  return Object.entries(readAll())
    .filter(([, record]) => record.status === 'started')
    .sort(([, a], [, b]) => b.updatedAt.localeCompare(a.updatedAt))
    .map(([id, record]) => ({ id, record }))[0];
}

export function bookmarkedIds(): string[] {
  return Object.entries(readAll())
    .filter(([, record]) => record.bookmarked)
    .sort(([, a], [, b]) => b.updatedAt.localeCompare(a.updatedAt))
    .map(([id]) => id);
}
