import { isLocale, type Locale } from '../app/locales';

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

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Some private modes throw on access.
  }
}

export function readPreferences(): Preferences {
  let parsed: Record<string, unknown> = {};
  try {
    const raw = storage()?.getItem(KEY);
    const value: unknown = raw ? JSON.parse(raw) : {};
    if (value && typeof value === 'object') parsed = value as Record<string, unknown>;
  } catch {
    return {};
  }
  const preferences: Preferences = {};
  if (isLocale(parsed.locale)) preferences.locale = parsed.locale;
  if (isCountry(parsed.country)) preferences.country = parsed.country;
  if (isSafeExitUrl(parsed.quickExitUrl)) preferences.quickExitUrl = parsed.quickExitUrl;
  return preferences;
}

export function savePreferences(patch: Preferences): void {
  try {
    storage()?.setItem(KEY, JSON.stringify({ ...readPreferences(), ...patch }));
  } catch {
    // Storage full or unavailable: the choice then lasts for this visit only.
  }
}
