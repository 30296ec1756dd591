import { isLocale, type Locale } from '../app/locales';
import { MODULE_ID_PATTERN } from '../app/paths';
import { readJson, writeJson } from './local-store';

/**
 * Recommendations a parent opened from a counsellor's link, kept on the device until dismissed.
 * Small and read on home at once, so in localStorage (like reading progress).
 */
export interface SavedRecommendation {
  key: string;
  locale: Locale;
  moduleIds: string[];
  note: string;
  receivedAt: string;
}

const KEY = 'kier:recommendations:v1';
const MAX_KEPT = 20;

function isSaved(value: unknown): value is SavedRecommendation {
  const item = value as SavedRecommendation;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof item.key === 'string' &&
    isLocale(item.locale) &&
    Array.isArray(item.moduleIds) &&
    item.moduleIds.every((id) => typeof id === 'string' && MODULE_ID_PATTERN.test(id)) &&
    typeof item.note === 'string' &&
    typeof item.receivedAt === 'string'
  );
}

export function listRecommendations(): SavedRecommendation[] {
  const value = readJson(KEY);
  return Array.isArray(value) ? value.filter(isSaved) : [];
}

/** Keeps a recommendation (the same modules and note are kept once); newest first. */
export function keepRecommendation(locale: Locale, moduleIds: string[], note: string): SavedRecommendation {
  const key = `${moduleIds.join(',')}|${note}`;
  const saved = { key, locale, moduleIds, note, receivedAt: new Date().toISOString() };
  writeJson(KEY, [saved, ...listRecommendations().filter((item) => item.key !== key)].slice(0, MAX_KEPT));
  return saved;
}

export function dismissRecommendation(key: string): void {
  writeJson(KEY, listRecommendations().filter((item) => item.key !== key));
}
