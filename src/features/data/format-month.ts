import type { Locale } from '../../app/locales';

/** "maart 2026" / "March 2026" for a timestamp, in the device's time zone. */
export function formatMonth(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { month: 'long', year: 'numeric' }).format(new Date(iso));
}
