import { isLocale, type Locale } from '../app/locales';
import { MODULE_ID_PATTERN } from '../app/paths';
import { readJson, writeJson } from './local-store';

/**
 * Recommendations a parent opened from a link, kept on the device until dismissed. Small and read
 * on home at once, so in localStorage (like reading progress). The modules are kept; a note that
 * came with the link only when the parent asks for it, and never while the diary lock is on
 * (localStorage is not sealed): switching the lock on forgets every kept note.
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

const keyOf = (moduleIds: readonly string[]) => moduleIds.join(',');

/** Keeps the modules of a link (the same modules are kept once, with their note if one was kept); newest first. */
export function keepRecommendation(locale: Locale, moduleIds: string[]): SavedRecommendation {
  const key = keyOf(moduleIds);
  const earlier = listRecommendations().find((item) => item.key === key);
  const saved = { key, locale, moduleIds, note: earlier?.note ?? '', receivedAt: new Date().toISOString() };
  writeJson(KEY, [saved, ...listRecommendations().filter((item) => item.key !== key)].slice(0, MAX_KEPT));
  return saved;
}

/** Keeps the note with the kept modules, when the parent asked for it. */
export function keepRecommendationNote(moduleIds: readonly string[], note: string): void {
  const key = keyOf(moduleIds);
  writeJson(KEY, listRecommendations().map((item) => (item.key === key ? { ...item, note } : item)));
}

export function dismissRecommendation(key: string): void {
  writeJson(KEY, listRecommendations().filter((item) => item.key !== key));
}

/** Forgets every kept note (the modules stay): the diary lock went on. */
export function forgetRecommendationNotes(): void {
  const items = listRecommendations();
  if (items.some((item) => item.note !== '')) writeJson(KEY, items.map((item) => ({ ...item, note: '' })));
}
