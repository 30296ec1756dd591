import { isLocale, type Locale } from '../app/locales';

/**
 * Small, non-personal preferences that must be readable synchronously before the first
 * render (the language decides where `/` leads). Kept in localStorage; everything personal
 * (diary, plans) lives in IndexedDB behind its own repository.
 */
export interface Preferences {
  locale?: Locale;
}

const KEY = 'kier:preferences:v1';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Some private modes throw on access.
  }
}

export function readPreferences(): Preferences {
  try {
    const raw = storage()?.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    const locale = (parsed as { locale?: unknown })?.locale;
    return isLocale(locale) ? { locale } : {};
  } catch {
    return {};
  }
}

export function savePreferences(patch: Preferences): void {
  try {
    storage()?.setItem(KEY, JSON.stringify({ ...readPreferences(), ...patch }));
  } catch {
    // Storage full or unavailable: the choice then lasts for this visit only.
  }
}
