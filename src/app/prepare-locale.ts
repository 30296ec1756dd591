import { loadCatalog } from '../content/catalog';
import { loadStrings } from './i18n';
import type { Locale } from './locales';
import { STRING_PARTS, type StringPart } from './string-parts';

/**
 * Everything a page in this language needs before it renders: its UI strings and its catalogue.
 * The browser loads the common strings first (routes bring their own part); prerendering and
 * tests load every part.
 */
export function prepareLocale(locale: Locale, parts: readonly StringPart[] = ['common']): Promise<unknown> {
  return Promise.all([loadStrings(locale, parts), loadCatalog(locale)]);
}

export function prepareLocaleFully(locale: Locale): Promise<unknown> {
  return prepareLocale(locale, STRING_PARTS);
}
