import { addDays, addMonths, type DateKey } from '../../shared/local-date';

/** The periods a parent can pick with one tap. */
export const PERIODS = ['weeks4', 'months3', 'all'] as const;
export type Period = (typeof PERIODS)[number];

/** Both ends included, as local calendar days. */
export interface DateRange {
  start: DateKey;
  end: DateKey;
}

/**
 * The last four weeks or three months up to and including today. ("All" depends on the
 * entries; see tension-series.ts.)
 */
export function recentRange(period: Exclude<Period, 'all'>, today: DateKey): DateRange {
  const start = period === 'weeks4' ? addDays(today, -27) : addDays(addMonths(today, -3), 1);
  return { start, end: today };
}

export function inRange(day: DateKey, range: DateRange): boolean {
  return day >= range.start && day <= range.end;
}
