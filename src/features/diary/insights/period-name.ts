import type { TFunction } from 'i18next';
import type { Locale } from '../../../app/locales';
import { formatDay } from './insight-format';
import type { DateRange, Period } from './periods';

/** "de laatste 4 weken" / "sinds 3 maart 2025": the period as words, inside a sentence. */
export function periodName(t: TFunction, locale: Locale, period: Period, range: DateRange): string {
  if (period === 'all') return t('insights.periodNames.since', { date: formatDay(range.start, locale) });
  return t(`insights.periodNames.${period}`);
}

/** "van 22 oktober 2026 tot en met 19 november 2026". */
export function rangeName(t: TFunction, locale: Locale, range: DateRange): string {
  return t('insights.periodNames.range', { start: formatDay(range.start, locale), end: formatDay(range.end, locale) });
}

/** "Laatste 4 weken" / "Sinds 3 maart 2025": the period at the start of a sentence. */
export function periodLead(t: TFunction, locale: Locale, period: Period, range: DateRange): string {
  if (period === 'all') return t('insights.sentence.since', { date: formatDay(range.start, locale) });
  return t(`insights.sentence.${period}`);
}

/** "Van 22 oktober 2026 tot en met 19 november 2026", at the start of a sentence. */
export function rangeLead(t: TFunction, locale: Locale, range: DateRange): string {
  return t('insights.sentence.range', { start: formatDay(range.start, locale), end: formatDay(range.end, locale) });
}
