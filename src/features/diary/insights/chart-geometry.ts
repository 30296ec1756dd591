import { addDays, daysBetween, type DateKey } from '../../shared/local-date';
import type { TensionDay, TensionSeries } from './tension-series';

/**
 * The chart's coordinate system. The viewBox is about as wide as a phone screen, so text at
 * 15 units stays at least 12px when the chart is squeezed to 296px (360px phone, 200% text).
 * The top leaves room for the value printed above a point at 10.
 */
export const VIEW = { width: 360, height: 200, left: 36, right: 346, top: 30, bottom: 166, labelBaseline: 192, fontSize: 15 } as const;

/**
 * A point's radius: 7 units (14 across, at least 11px on a 296px-wide chart) when the days
 * are a few apart, as in a diary written every few days. Only when noted days sit closer than
 * that does it shrink, so dense months stay a row of beads instead of one blot.
 */
export const POINT_RADIUS = { largest: 7, smallest: 3.5 } as const;

/** Around each point an invisible circle takes the tap: 32 units across, at least 26px. */
export const HIT_RADIUS = 16;

/** Gap between a point and the value printed beside it. */
const LABEL_GAP = 4;

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

export interface ValueLabel {
  x: number;
  /** The text's baseline. */
  y: number;
  text: string;
}

export interface ChartPoint {
  day: TensionDay;
  x: number;
  y: number;
  /** Null when there is no room for it beside the point (the table has every value). */
  label: ValueLabel | null;
}

export interface ChartLayout {
  points: ChartPoint[];
  radius: number;
  /** Through every point in date order, across the days in between; null for a single day. */
  line: string | null;
  /** Days noted more than once: a whisker from their lowest to their highest value. */
  whiskers: { date: DateKey; x: number; y1: number; y2: number }[];
  /** Whether some point has no printed value (the key then says where to find them). */
  labelsLeftOut: boolean;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** A label's box on its baseline, estimated from its length (digits are about 0.6 em wide). */
function labelBox(x: number, baseline: number, text: string): Box {
  const halfWidth = (text.length * 0.6 * VIEW.fontSize) / 2 + 1;
  return { left: x - halfWidth, right: x + halfWidth, top: baseline - 0.75 * VIEW.fontSize, bottom: baseline + 0.2 * VIEW.fontSize };
}

/**
 * Where everything goes. Why one line across the gaps rather than weekly bars: parents write
 * every few days, and a weekly average would hide the hardest moment and turn one entry into a
 * whole week. Here every point stays one real day that opens its entry, with its value beside
 * it; the line only leads the eye from one noted day to the next (the key says so).
 *
 * Values go above their point, or below it when above is taken or off the chart; the hardest
 * day is placed first, so it always keeps its value. `format` writes a value in the page's language.
 */
export function chartLayout(series: TensionSeries, format: (value: number) => string): ChartLayout {
  const xs = series.days.map((day) => xFor(day.date, series));
  let spacing = Infinity;
  for (let index = 1; index < xs.length; index += 1) spacing = Math.min(spacing, xs[index]! - xs[index - 1]!);
  const radius = Math.min(POINT_RADIUS.largest, Math.max(POINT_RADIUS.smallest, round(spacing * 0.55)));

  const points: ChartPoint[] = series.days.map((day, index) => ({ day, x: round(xs[index]!), y: round(yFor(day.average)), label: null }));
  const hardest = points.findIndex((point) => point.day.date === series.highestOn);
  const order = [...points.keys()].sort((a, b) => (a === hardest ? -1 : b === hardest ? 1 : a - b));
  const placed: Box[] = [];
  for (const index of order) {
    const point = points[index]!;
    const text = format(point.day.average);
    const above = point.y - radius - LABEL_GAP - 0.2 * VIEW.fontSize;
    const below = point.y + radius + LABEL_GAP + 0.75 * VIEW.fontSize;
    for (const baseline of [above, below]) {
      const box = labelBox(point.x, baseline, text);
      const inside = box.top >= 0 && box.bottom <= VIEW.labelBaseline - 0.75 * VIEW.fontSize;
      if (!inside || placed.some((other) => overlaps(box, other))) continue;
      placed.push(box);
      point.label = { x: point.x, y: round(baseline), text };
      break;
    }
  }

  return {
    points,
    radius,
    line: points.length > 1 ? points.map((point) => `${point.x},${point.y}`).join(' ') : null,
    whiskers: series.days.filter((day) => day.highest > day.lowest).map((day) => ({ date: day.date, x: round(xFor(day.date, series)), y1: round(yFor(day.lowest)), y2: round(yFor(day.highest)) })),
    labelsLeftOut: points.some((point) => point.label === null),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A few evenly spread dates for the x axis: first and last day, and one or two between. */
export function axisDays(series: Pick<TensionSeries, 'start' | 'end'>, count: number): DateKey[] {
  const span = daysBetween(series.start, series.end);
  const picked = new Set<number>();
  for (let index = 0; index < count; index += 1) picked.add(Math.round((index * span) / Math.max(1, count - 1)));
  return [...picked].sort((a, b) => a - b).map((offset) => addDays(series.start, offset));
}

