import type { Locale } from '../../../app/locales';
import { toUtcDate, type DateKey } from '../../shared/local-date';

// Same tags as src/app/format-date.ts.
const LOCALE_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_TAGS[locale], options);
    cache.set(key, format);
  }
  return format;
}

/** "3 november 2026" / "3 November 2026". */
export function formatDay(day: DateKey, locale: Locale): string {
  return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(toUtcDate(day));
}

/** "3 november" / "3 November": for the chart's name, where the period already says the year. */
export function formatDayNoYear(day: DateKey, locale: Locale): string {
  return dateFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(toUtcDate(day));
}

/** "3 nov" / "3 Nov", with the year ("3 nov 2025") when asked: axis labels and table rows. */
export function formatShortDay(day: DateKey, locale: Locale, withYear: boolean): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', timeZone: 'UTC' };
  if (withYear) options.year = 'numeric';
  return dateFormat(locale, options).format(toUtcDate(day)).replace('.', '');
}

/** "di 3 november 2026 om 20:15" / "Tue 3 November 2026, 20:15", on the device's clock. */
export function formatDateTime(iso: string, locale: Locale): string {
  return dateFormat(locale, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** A number with a fixed number of decimals, in the language's style ("5,2" in Dutch). */
export function formatNumber(value: number, locale: Locale, decimals = 0): string {
  const key = `${locale}#${decimals}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAGS[locale], { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(key, format);
  }
  return format.format(value);
}
