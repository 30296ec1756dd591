import { addDays, daysBetween, type DateKey } from '../../shared/local-date';
import type { TensionDay, TensionSeries } from './tension-series';

/**
 * The chart's coordinate system. The viewBox is about as wide as a phone screen, so text at
 * 15 units stays at least 12px when the chart is squeezed to 296px (360px phone, 200% text).
 */
export const VIEW = { width: 360, height: 200, left: 36, right: 346, top: 12, bottom: 166, labelBaseline: 192, fontSize: 15 } as const;

export const GRID_VALUES = [0, 5, 10] as const;

export function yFor(tension: number): number {
  return VIEW.bottom - (tension / 10) * (VIEW.bottom - VIEW.top);
}

/** Where a day sits on the x axis; a one-day range puts it in the middle. */
export function xFor(day: DateKey, series: Pick<TensionSeries, 'start' | 'end'>): number {
  const span = daysBetween(series.start, series.end);
  if (span <= 0) return (VIEW.left + VIEW.right) / 2;
  return VIEW.left + (daysBetween(series.start, day) / span) * (VIEW.right - VIEW.left);
}

/** Width of a low–high whisker: most of a day's width, within readable limits. */
export function whiskerWidth(series: Pick<TensionSeries, 'start' | 'end'>): number {
  const dayWidth = (VIEW.right - VIEW.left) / Math.max(1, daysBetween(series.start, series.end) + 1);
  return Math.min(8, Math.max(2, dayWidth * 0.6));
}

/** Days in runs of consecutive dates: the line is drawn through each run and breaks between. */
export function consecutiveRuns(days: readonly TensionDay[]): TensionDay[][] {
  const runs: TensionDay[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && daysBetween(previous.date, day.date) === 1) run.push(day);
    else runs.push([day]);
  }
  return runs;
}

/** A few evenly spread dates for the x axis: first and last day, and one or two between. */
export function axisDays(series: Pick<TensionSeries, 'start' | 'end'>, count: number): DateKey[] {
  const span = daysBetween(series.start, series.end);
  const picked = new Set<number>();
  for (let index = 0; index < count; index += 1) picked.add(Math.round((index * span) / Math.max(1, count - 1)));
  return [...picked].sort((a, b) => a - b).map((offset) => addDays(series.start, offset));
}

