import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/features/diary/insights/summarize';
import type { DiaryEntry, EntryKind } from '../../src/storage/diary/diary-entry';

let counter = 0;

function entry(local: [number, number, number, number?, number?], kind: EntryKind, tension?: number): DiaryEntry {
  const [year, month, day, hour = 12, minute = 0] = local;
  const iso = new Date(year, month - 1, day, hour, minute).toISOString();
  counter += 1;
  return { id: `s${String(counter).padStart(3, '0')}`, occurredAt: iso, createdAt: iso, updatedAt: iso, kind, text: `entry ${counter}`, tags: [], ...(tension === undefined ? {} : { tension }) };
}

const NOVEMBER = { start: '2026-11-01', end: '2026-11-30' };

describe('summarize', () => {
  it('gives zeros for every kind and no tension for no entries', () => {
    const summary = summarize([], NOVEMBER);
    expect(summary.entries).toEqual([]);
    expect(summary.kindCounts).toEqual({ event: 0, contact: 0, step: 0, feelings: 0, other: 0 });
    expect(summary.tension).toEqual({ count: 0, average: null, highest: null });
    expect(summary.start).toBe('2026-11-01');
    expect(summary.end).toBe('2026-11-30');
  });

  it('keeps the entries of the period, oldest first, both ends included', () => {
    const before = entry([2026, 10, 31, 23, 59], 'event');
    const first = entry([2026, 11, 1, 0, 0], 'contact');
    const middle = entry([2026, 11, 15], 'step');
    const last = entry([2026, 11, 30, 23, 59], 'feelings');
    const after = entry([2026, 12, 1, 0, 0], 'other');
    // Newest first, as the hook gives them.
    const summary = summarize([after, last, middle, first, before], NOVEMBER);
    expect(summary.entries).toEqual([first, middle, last]);
  });

  it('keeps the order stable for entries at the same moment', () => {
    const a = entry([2026, 11, 5, 9], 'event');
    const b = { ...entry([2026, 11, 5, 9], 'event'), occurredAt: a.occurredAt };
    expect(summarize([b, a], NOVEMBER).entries.map((e) => e.id)).toEqual([a.id, b.id]);
  });

  it('counts each kind, zeros included', () => {
    const entries = [entry([2026, 11, 2], 'event'), entry([2026, 11, 3], 'event'), entry([2026, 11, 4], 'step'), entry([2026, 10, 4], 'other')];
    expect(summarize(entries, NOVEMBER).kindCounts).toEqual({ event: 2, contact: 0, step: 1, feelings: 0, other: 0 });
  });

  it('counts, averages and takes the highest of the tensions, skipping entries without one', () => {
    const entries = [entry([2026, 11, 2], 'event', 3), entry([2026, 11, 3], 'feelings'), entry([2026, 11, 4], 'contact', 8), entry([2026, 11, 5], 'step', 0), entry([2026, 10, 5], 'step', 10)];
    expect(summarize(entries, NOVEMBER).tension).toEqual({ count: 3, average: 3.7, highest: 8 });
  });

  it('uses local days: an entry just after midnight belongs to the next day', () => {
    const late = entry([2026, 11, 30, 23, 59], 'event');
    const afterMidnight = entry([2026, 12, 1, 0, 1], 'event');
    expect(summarize([late, afterMidnight], { start: '2026-12-01', end: '2026-12-01' }).entries).toEqual([afterMidnight]);
  });

  it('works for a single day', () => {
    const today = entry([2026, 11, 22, 20, 15], 'step', 4);
    const summary = summarize([today], { start: '2026-11-22', end: '2026-11-22' });
    expect(summary.entries).toEqual([today]);
    expect(summary.tension).toEqual({ count: 1, average: 4, highest: 4 });
  });
});
