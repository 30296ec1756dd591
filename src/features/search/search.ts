import MiniSearch from 'minisearch';
import type { Locale } from '../../app/locales';
import { decodeIndex, type EncodedIndex } from './index-codec';
import { expandQuery } from './query-expansion';
import { QUERY_OPTIONS, SEARCH_OPTIONS, type ModuleDocument } from './search-options';

export interface SearchHit {
  module: string;
  /** The document terms that matched (folded), to find the section and the snippet. */
  terms: string[];
  score: number;
}

const loaders: Record<Locale, () => Promise<{ default: EncodedIndex }>> = {
  nl: () => import('virtual:kier-search/nl'),
  en: () => import('virtual:kier-search/en'),
};
const indexes = new Map<Locale, Promise<MiniSearch<ModuleDocument>>>();

export function loadIndex(locale: Locale): Promise<MiniSearch<ModuleDocument>> {
  let index = indexes.get(locale);
  if (!index) {
    index = loaders[locale]().then((module) => MiniSearch.loadJS(decodeIndex(module.default), SEARCH_OPTIONS));
    indexes.set(locale, index);
  }
  return index;
}

/**
 * Searches a loaded index: prefix and typo tolerant, accents ignored, and a parent's own words
 * ("woede", "geschreeuw") widened to the modules' words (synonyms.ts); best first.
 */
export function searchIndex(index: MiniSearch<ModuleDocument>, locale: Locale, query: string, limit = 20): SearchHit[] {
  const trimmed = query.trim();
  if (trimmed.length < 2) return [];
  const started = performance.now();
  const hits = index.search(expandQuery(locale, trimmed), QUERY_OPTIONS).slice(0, limit).map((result) => ({ module: String(result.id), terms: result.terms, score: result.score }));
  performance.measure('kier-search', { start: started, end: performance.now() });
  return hits;
}
