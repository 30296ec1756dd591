import type { TFunction } from 'i18next';

export interface RecordTotals {
  diary: number;
  plans: number;
}

/**
 * "42 notities" or "42 notities en 2 plannen", pluralised in the page's language. Plans are
 * named when asked, or else when there are any; a zero reads "geen notities" / "no plans".
 */
export function recordPhrase(t: TFunction, totals: RecordTotals, withPlans = totals.plans > 0): string {
  const entries = t('data.counts.entries', { count: totals.diary });
  if (!withPlans) return entries;
  return t('data.counts.both', { entries, plans: t('data.counts.plans', { count: totals.plans }) });
}
