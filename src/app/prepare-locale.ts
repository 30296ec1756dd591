import { loadCatalog } from '../content/catalog';
import { loadLocale } from './i18n';
import type { Locale } from './locales';

/** Everything a page in this language needs before it renders: its UI strings and its catalogue. */
export function prepareLocale(locale: Locale): Promise<unknown> {
  return Promise.all([loadLocale(locale), loadCatalog(locale)]);
}
