import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, addMonths, daysBetween, isDateKey, localDateKey } from '../../src/features/shared/local-date';
import { periodRange, tensionSeries, tensionSeriesForRange } from '../../src/features/diary/insights/tension-series';
import { axisDays, VIEW, xFor } from '../../src/features/diary/insights/chart-geometry';
import type { DiaryEntry, EntryKind } from '../../src/storage/diary/diary-entry';

let counter = 0;

/** An entry at a local date and time on the device's clock (month is 1-based). */
function entry(local: [number, number, number, number?, number?], tension?: number, kind: EntryKind = 'event'): DiaryEntry {
  const [year, month, day, hour = 12, minute = 0] = local;
  const iso = new Date(year, month - 1, day, hour, minute).toISOString();
  counter += 1;
  return { id: `e${counter}`, occurredAt: iso, createdAt: iso, updatedAt: iso, kind, text: '', tags: [], ...(tension === undefined ? {} : { tension }) };
}

const NOW = new Date(2026, 10, 22, 15, 0); // Sunday 22 November 2026, 15:00 local

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('local dates', () => {
  it('does calendar arithmetic without time-zone surprises', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2024-05-31', -3)).toBe('2024-02-29');
    expect(daysBetween('2026-10-25', '2026-11-22')).toBe(28);
    expect(localDateKey(NOW)).toBe('2026-11-22');
  });

  it('knows a real date from a typo', () => {
    expect(isDateKey('2026-11-22')).toBe(true);
    expect(isDateKey('2026-02-30')).toBe(false);
    expect(isDateKey('')).toBe(false);
    expect(isDateKey('22-11-2026')).toBe(false);
  });
});

describe('periodRange', () => {
  it('covers the last 28 days for 4 weeks, today included', () => {
    expect(periodRange([], 'weeks4', NOW)).toEqual({ start: '2026-10-26', end: '2026-11-22' });
  });

  it('covers the last 3 months, today included', () => {
    expect(periodRange([], 'months3', NOW)).toEqual({ start: '2026-08-23', end: '2026-11-22' });
  });

  it('starts "all" at the first entry with a tension, not the first entry', () => {
    const entries = [entry([2025, 1, 5]), entry([2025, 3, 2], 4), entry([2026, 11, 20], 6)];
    expect(periodRange(entries, 'all', NOW)).toEqual({ start: '2025-03-02', end: '2026-11-22' });
  });

  it('is just today for "all" without any tension', () => {
    expect(periodRange([entry([2026, 11, 1])], 'all', NOW)).toEqual({ start: '2026-11-22', end: '2026-11-22' });
  });
});

describe('tensionSeries', () => {
  it('gives nothing for no entries', () => {
    const series = tensionSeries([], 'weeks4', NOW);
    expect(series.days).toEqual([]);
    expect(series.stats).toEqual({ count: 0, average: null, lowest: null, highest: null });
    expect(series.highestOn).toBeNull();
  });

  it('skips entries without a tension', () => {
    const series = tensionSeries([entry([2026, 11, 20]), entry([2026, 11, 20], 3), entry([2026, 11, 21])], 'weeks4', NOW);
    expect(series.days).toEqual([{ date: '2026-11-20', average: 3, lowest: 3, highest: 3, count: 1, entryId: expect.any(String) }]);
  });

  it('averages each day to one decimal, with lowest, highest and count', () => {
    const series = tensionSeries([entry([2026, 11, 20, 8], 2), entry([2026, 11, 20, 13], 5), entry([2026, 11, 20, 21], 6)], 'weeks4', NOW);
    expect(series.days).toEqual([{ date: '2026-11-20', average: 4.3, lowest: 2, highest: 6, count: 3, entryId: expect.any(String) }]);
    expect(series.stats).toEqual({ count: 3, average: 4.3, lowest: 2, highest: 6 });
  });

  it('leaves days without entries out (gaps, not zeros), oldest first', () => {
    const series = tensionSeries([entry([2026, 11, 21], 7), entry([2026, 11, 17], 4), entry([2026, 11, 18], 0)], 'weeks4', NOW);
    expect(series.days.map((day) => [day.date, day.average])).toEqual([
      ['2026-11-17', 4],
      ['2026-11-18', 0],
      ['2026-11-21', 7],
    ]);
  });

  it('groups by the local day: 23:30 and 00:15 are different days', () => {
    const series = tensionSeries([entry([2026, 11, 20, 23, 30], 8), entry([2026, 11, 21, 0, 15], 2)], 'weeks4', NOW);
    expect(series.days.map((day) => [day.date, day.average])).toEqual([
      ['2026-11-20', 8],
      ['2026-11-21', 2],
    ]);
  });

  it('uses the device clock, not UTC, to decide the day', () => {
    vi.stubEnv('TZ', 'Europe/Amsterdam');
    const late = { ...entry([2026, 1, 1], 9), occurredAt: '2026-11-20T23:30:00.000Z' }; // 00:30 on 21 November in Amsterdam
    const series = tensionSeriesForRange([late], { start: '2026-11-01', end: '2026-11-30' });
    expect(series.days.map((day) => day.date)).toEqual(['2026-11-21']);
  });

  it('includes both ends of the period and nothing outside it', () => {
    const entries = [entry([2026, 10, 25, 23, 59], 1), entry([2026, 10, 26, 0, 0], 2), entry([2026, 11, 22, 23, 59], 3), entry([2026, 11, 23, 0, 0], 4)];
    const series = tensionSeries(entries, 'weeks4', NOW);
    expect(series.days.map((day) => day.date)).toEqual(['2026-10-26', '2026-11-22']);
    expect(series.start).toBe('2026-10-26');
    expect(series.end).toBe('2026-11-22');
  });

  it('takes everything since the first tension for "all"', () => {
    const series = tensionSeries([entry([2025, 6, 1], 5), entry([2026, 11, 1], 9)], 'all', NOW);
    expect(series.start).toBe('2025-06-01');
    expect(series.days).toHaveLength(2);
  });

  it('names the most recent day with the highest tension and how many days had it', () => {
    const series = tensionSeries([entry([2026, 11, 3], 9), entry([2026, 11, 10], 9), entry([2026, 11, 12], 4)], 'weeks4', NOW);
    expect(series.highestOn).toBe('2026-11-10');
    expect(series.highestDays).toBe(2);
    expect(series.stats.average).toBe(7.3);
  });
});

describe('chart geometry', () => {
  it('spreads a few axis dates from the first to the last day', () => {
    expect(axisDays({ start: '2026-10-26', end: '2026-11-22' }, 4)).toEqual(['2026-10-26', '2026-11-04', '2026-11-13', '2026-11-22']);
    expect(axisDays({ start: '2026-11-21', end: '2026-11-22' }, 4)).toEqual(['2026-11-21', '2026-11-22']);
    expect(axisDays({ start: '2026-11-22', end: '2026-11-22' }, 4)).toEqual(['2026-11-22']);
  });

  it('puts the ends of the range at the ends of the plot, and a single day in the middle', () => {
    const range = { start: '2026-10-26', end: '2026-11-22' };
    expect(xFor('2026-10-26', range)).toBe(VIEW.left);
    expect(xFor('2026-11-22', range)).toBe(VIEW.right);
    expect(xFor('2026-11-22', { start: '2026-11-22', end: '2026-11-22' })).toBe((VIEW.left + VIEW.right) / 2);
  });
});
