import type { Locale } from '../../app/locales';

const TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Creating an Intl formatter is slow next to using one, and a timeline uses the same few many times. */
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(TAGS[locale], options);
    formatters.set(key, cached);
  }
  return cached;
}

/** "zondag 22 november 2026" for a local date "2026-11-22". */
export function formatDay(localDate: string, locale: Locale): string {
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number];
  return formatter(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(year, month - 1, day));
}

/** "21:05" in the device's time zone. */
export function formatTime(iso: string, locale: Locale): string {
  return formatter(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "22 november 2026, 21:05". */
export function formatDateTime(iso: string, locale: Locale): string {
  return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}
