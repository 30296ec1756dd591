import type { DiaryEntry } from '../../../storage/diary/diary-entry';
import { localDateKey, localDateOf, type DateKey } from '../../shared/local-date';
import { inRange, recentRange, type DateRange, type Period } from './periods';
import { tensionStats, type TensionStats } from './tension-stats';

/** One day with at least one tension noted. Days without any are simply absent: gaps, not zeros. */
export interface TensionDay {
  date: DateKey;
  /** Rounded to one decimal. */
  average: number;
  lowest: number;
  highest: number;
  count: number;
  /** The entry with the day's highest tension (the later one on a tie): the chart's point opens it. */
  entryId: string;
}

export interface TensionSeries extends DateRange {
  /** Oldest first; only days with a tension. */
  days: TensionDay[];
  /** Over every entry with a tension in the range. */
  stats: TensionStats;
  /** The most recent day on which the highest tension was noted; null without data. */
  highestOn: DateKey | null;
  /** On how many days the highest tension was noted. */
  highestDays: number;
}

interface Reading {
  id: string;
  occurredAt: string;
  date: DateKey;
  tension: number;
}

function readings(entries: readonly DiaryEntry[]): Reading[] {
  return entries
    .filter((entry): entry is DiaryEntry & { tension: number } => typeof entry.tension === 'number')
    .map((entry) => ({ id: entry.id, occurredAt: entry.occurredAt, date: localDateOf(entry.occurredAt), tension: entry.tension }));
}

/**
 * The range a period covers on the device's calendar. "All" starts on the first day with a
 * tension (today when there is none) and ends today, or later if an entry is dated later.
 */
export function periodRange(entries: readonly DiaryEntry[], period: Period, now: Date): DateRange {
  const today = localDateKey(now);
  if (period !== 'all') return recentRange(period, today);
  const dates = readings(entries).map((reading) => reading.date);
  if (dates.length === 0) return { start: today, end: today };
  const first = dates.reduce((a, b) => (a < b ? a : b));
  const last = dates.reduce((a, b) => (a > b ? a : b));
  return { start: first, end: last > today ? last : today };
}

/** Daily tension (average, lowest, highest, count) for every day in a range that has one. */
export function tensionSeriesForRange(entries: readonly DiaryEntry[], range: DateRange): TensionSeries {
  const byDay = new Map<DateKey, Reading[]>();
  for (const reading of readings(entries)) {
    if (!inRange(reading.date, range)) continue;
    const day = byDay.get(reading.date);
    if (day) day.push(reading);
    else byDay.set(reading.date, [reading]);
  }
  const days = [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, dayReadings]) => {
      const stats = tensionStats(dayReadings.map((reading) => reading.tension));
      const hardest = dayReadings.reduce((best, reading) => (reading.tension > best.tension || (reading.tension === best.tension && reading.occurredAt > best.occurredAt) ? reading : best));
      return { date, average: stats.average ?? 0, lowest: stats.lowest ?? 0, highest: stats.highest ?? 0, count: stats.count, entryId: hardest.id };
    });
  const stats = tensionStats([...byDay.values()].flat().map((reading) => reading.tension));
  const highestDays = days.filter((day) => day.highest === stats.highest);
  return { ...range, days, stats, highestOn: highestDays.at(-1)?.date ?? null, highestDays: highestDays.length };
}

/** The series for one of the periods a parent can pick, up to `now`. */
export function tensionSeries(entries: readonly DiaryEntry[], period: Period, now: Date): TensionSeries {
  return tensionSeriesForRange(entries, periodRange(entries, period, now));
}
