import type { Locale } from '../../app/locales';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (value: number) => String(value).padStart(2, '0');

/** The device's local calendar day, "YYYY-MM-DD" (as <input type="date"> writes it). */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A local day n days later. */
export function addDays(day: string, days: number): string {
  const match = DAY.exec(day);
  if (!match) return day;
  return localDay(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
}

/** True for a real calendar day ("2026-02-30" is not one). */
export function isDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return localDay(date) === value;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formats.set(key, formatter);
  }
  return formatter;
}

/** "maandag 30 november 2026" / "Monday 30 November 2026"; without the year for spoken words. */
export function formatDay(day: string, locale: Locale, { year = true }: { year?: boolean } = {}): string {
  const match = DAY.exec(day);
  if (!match) return day;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return format(locale, { weekday: 'long', day: 'numeric', month: 'long', ...(year ? { year: 'numeric' } : {}) }).format(date);
}

/** A stored UTC timestamp as a local date, "23 november 2026". */
export function formatTimestampDay(timestamp: string, locale: Locale): string {
  return format(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(timestamp));
}
