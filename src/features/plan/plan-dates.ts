import type { Locale } from '../../app/locales';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

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
