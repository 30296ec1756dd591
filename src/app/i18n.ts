import i18next, { type TFunction } from 'i18next';
import { createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type nl from '../locales/nl.json';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';
import type { StringPart } from './string-parts';

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
  // A string that is not loaded is a bug (e.g. a component used on a route that does not load
  // its part): say so loudly; the e2e suite fails on console errors.
  saveMissing: true,
  missingKeyHandler: (_languages, _namespace, key) => console.error(`Missing UI string "${key}"`),
});

type StringsModule = { default: Record<string, unknown> };

/** One chunk per language and part (see string-parts.ts and vite-plugin-strings.ts). */
const STRING_LOADERS: Record<Locale, Record<StringPart, () => Promise<StringsModule>>> = {
  nl: {
    common: () => import('virtual:kier-strings/nl/common'),
    library: () => import('virtual:kier-strings/nl/library'),
    reader: () => import('virtual:kier-strings/nl/reader'),
    help: () => import('virtual:kier-strings/nl/help'),
    settings: () => import('virtual:kier-strings/nl/settings'),
    recommend: () => import('virtual:kier-strings/nl/recommend'),
  },
  en: {
    common: () => import('virtual:kier-strings/en/common'),
    library: () => import('virtual:kier-strings/en/library'),
    reader: () => import('virtual:kier-strings/en/reader'),
    help: () => import('virtual:kier-strings/en/help'),
    settings: () => import('virtual:kier-strings/en/settings'),
    recommend: () => import('virtual:kier-strings/en/recommend'),
  },
};
const loadedParts = new Map<string, Promise<void>>();

/**
 * Loads UI strings for a language, part by part, so a page ships only what it shows.
 * Call before rendering; switching language is a full page load.
 */
export function loadStrings(locale: Locale, parts: readonly StringPart[] = ['common']): Promise<unknown> {
  return Promise.all(
    parts.map((part) => {
      const key = `${locale}/${part}`;
      let loading = loadedParts.get(key);
      if (!loading) {
        loading = STRING_LOADERS[locale][part]().then((strings) => {
          i18n.addResourceBundle(locale, 'translation', strings.default, true, true);
        });
        loadedParts.set(key, loading);
      }
      return loading;
    }),
  );
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
