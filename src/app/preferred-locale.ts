import { readPreferences } from '../storage/preferences';
import { localeFromLanguages, type Locale } from './locales';

/** Where `/` leads: the saved language, else the browser's, else Dutch. */
export function preferredLocale(): Locale {
  const saved = readPreferences().locale;
  if (saved) return saved;
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  return localeFromLanguages(languages);
}
