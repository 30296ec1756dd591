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

export function readPreferences(): Preferences {
  const value = readJson(KEY);
  const parsed = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const preferences: Preferences = {};
  if (isLocale(parsed.locale)) preferences.locale = parsed.locale;
  if (isCountry(parsed.country)) preferences.country = parsed.country;
  if (isSafeExitUrl(parsed.quickExitUrl)) preferences.quickExitUrl = parsed.quickExitUrl;
  if (isTextSize(parsed.textSize)) preferences.textSize = parsed.textSize;
  return preferences;
}

export function savePreferences(patch: Preferences): void {
  writeJson(KEY, { ...readPreferences(), ...patch });
}
