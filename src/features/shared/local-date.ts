/**
 * Calendar dates as "YYYY-MM-DD" strings in the device's own time zone. Diary entries are
 * stored in UTC; a parent thinks in the days on their own clock, so grouping uses these.
 * Arithmetic on the strings is done in UTC, so summer time never shifts a day.
 */
export type DateKey = string;

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** The local calendar day of a moment. */
export function localDateKey(moment: Date): DateKey {
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The local calendar day of an ISO timestamp (e.g. an entry's `occurredAt`). */
export function localDateOf(iso: string): DateKey {
  return localDateKey(new Date(iso));
}

/** True for a real calendar date written as YYYY-MM-DD (what `<input type="date">` gives). */
export function isDateKey(value: string): boolean {
  const match = DATE_KEY.exec(value);
  if (!match) return false;
  const date = toUtcDate(value);
  return date.getUTCDate() === Number(match[3]) && date.getUTCMonth() === Number(match[2]) - 1;
}

/** Noon UTC on that day: a stable moment for arithmetic and for formatting with timeZone UTC. */
export function toUtcDate(key: DateKey): Date {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day, 12));
}

function fromUtcDate(date: Date): DateKey {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function addDays(key: DateKey, days: number): DateKey {
  return fromUtcDate(new Date(toUtcDate(key).getTime() + days * DAY_MS));
}

/** The same day some months earlier or later; the 31st becomes the last day of a shorter month. */
export function addMonths(key: DateKey, months: number): DateKey {
  const date = toUtcDate(key);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1, 12));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0, 12)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return fromUtcDate(target);
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: DateKey, to: DateKey): number {
  return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / DAY_MS);
}
