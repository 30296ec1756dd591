import { isLocale, type Locale } from '../app/locales';
import { readJson, writeJson } from './local-store';

/**
 * Small, non-personal preferences that must be readable synchronously before the first
 * render (the language decides where `/` leads). Kept in localStorage; everything personal
 * (diary, plans) lives in IndexedDB behind its own repository.
 */
export type Country = 'NL' | 'BE';

export interface Preferences {
  locale?: Locale;
  country?: Country;
  /** Where "quick exit" goes: an https address of a neutral site. */
  quickExitUrl?: string;
  textSize?: TextSize;
}

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export function isTextSize(value: unknown): value is TextSize {
  return (TEXT_SIZES as readonly unknown[]).includes(value);
}

const KEY = 'kier:preferences:v1';

export function isCountry(value: unknown): value is Country {
  return value === 'NL' || value === 'BE';
}

/** Only a plain https address may be a quick-exit target. */
export function isSafeExitUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 500) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/**
 * The valid preferences found in `value`, each checked on its own: an invalid or unknown value
 * is dropped. Used for what localStorage holds and for the settings in a backup file.
 */
export function sanitizePreferences(value: unknown): Preferences {
  const preferences: Preferences = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return preferences;
  const source = value as Record<string, unknown>;
  // Own keys only: nothing may come from a (polluted) prototype.
  const own = (key: keyof Preferences): unknown => (Object.hasOwn(source, key) ? source[key] : undefined);
  const [locale, country, quickExitUrl, textSize] = [own('locale'), own('country'), own('quickExitUrl'), own('textSize')];
  if (isLocale(locale)) preferences.locale = locale;
  if (isCountry(country)) preferences.country = country;
  if (isSafeExitUrl(quickExitUrl)) preferences.quickExitUrl = quickExitUrl;
  if (isTextSize(textSize)) preferences.textSize = textSize;
  return preferences;
}

export function readPreferences(): Preferences {
  return sanitizePreferences(readJson(KEY));
}

export function savePreferences(patch: Preferences): void {
  writeJson(KEY, { ...readPreferences(), ...patch });
}
