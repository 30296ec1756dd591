import MiniSearch, { type Query } from 'minisearch';
import type { Locale } from '../../app/locales';
import { foldTerm } from './search-options';
import { SYNONYMS } from './synonyms';

/** Light Dutch stemming: a past participle or a noun made with "ge" ("geschreeuw", "geschopt") also counts without it. */
function stemsOf(locale: Locale, term: string): string[] {
  return locale === 'nl' && term.startsWith('ge') && term.length > 5 ? [term, term.slice(2)] : [term];
}

/** The module words to search as well for one (folded) query word; empty when it is not in the synonym list. */
export function synonymsFor(locale: Locale, word: string): string[] {
  const term = foldTerm(word);
  const forms = stemsOf(locale, term);
  const found = new Set<string>();
  for (const group of SYNONYMS[locale]) {
    if (group.when.some((stem) => forms.some((form) => form.startsWith(stem))) || group.whole?.some((whole) => forms.includes(whole))) group.find.forEach((word) => found.add(word));
  }
  found.delete(term);
  return [...found];
}

/**
 * The query as MiniSearch runs it: every word must match (AND), as before. A word from the synonym
 * list becomes "the word itself, or any of the module words for it" (OR). Its meaning is known, so it
 * gets no typo tolerance ("schoppen" must not find "stoppen", "shouting" not "shopping").
 */
export function expandQuery(locale: Locale, query: string): Query {
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
  const words = tokenize(query).filter(Boolean);
  return {
    combineWith: 'AND',
    queries: words.map((word): Query => {
      const synonyms = synonymsFor(locale, word);
      if (synonyms.length === 0) return word;
      return { combineWith: 'OR', fuzzy: false, queries: [word, ...synonyms] };
    }),
  };
}
