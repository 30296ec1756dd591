import i18next, { type TFunction } from 'i18next';
import { createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type nl from '../locales/nl.json';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof nl };
  }
}

const i18n = i18next.createInstance();
void i18n.init({
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  initAsync: false,
  resources: {},
  interpolation: { escapeValue: false }, // Preact escapes text; nothing is inserted as HTML.
});

/**
 * UI strings are loaded per language (one small chunk each), so a page ships only its own
 * language. Call before rendering; switching language is a full page load.
 */
export async function loadLocale(locale: Locale): Promise<void> {
  if (i18n.hasResourceBundle(locale, 'translation')) return;
  const strings = locale === 'en' ? await import('../locales/en.json') : await import('../locales/nl.json');
  i18n.addResourceBundle(locale, 'translation', strings.default, true, true);
}

/** The language a path asks for, else Dutch (e.g. for `/` and unknown paths). */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : DEFAULT_LOCALE;
}

/** The language of the current page; the URL is the single source of truth. */
export const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function translator(locale: Locale): TFunction {
  return i18n.getFixedT(locale);
}

export function useT(): TFunction {
  const locale = useLocale();
  return useMemo(() => translator(locale), [locale]);
}
