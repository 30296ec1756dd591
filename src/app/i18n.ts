import i18next, { type TFunction } from 'i18next';
import { createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import en from '../locales/en.json';
import nl from '../locales/nl.json';
import { DEFAULT_LOCALE, type Locale } from './locales';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof nl };
  }
}

const i18n = i18next.createInstance();
void i18n.init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  initAsync: false,
  interpolation: { escapeValue: false }, // Preact escapes text; nothing is inserted as HTML.
});

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
