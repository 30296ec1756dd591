import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../app/locales';
import { loadBody } from '../../content/catalog';
import { loadIndex, searchIndex, type SearchHit } from './search';
import { locateMatch, type Location } from './snippet';

export interface SearchResult extends SearchHit {
  location: Location | null;
}

export type SearchState = { status: 'idle' } | { status: 'searching' } | { status: 'done'; query: string; results: SearchResult[] };

const DEBOUNCE_MS = 120;

/** Runs the query against the language's index (loaded on first use) and adds a snippet to each hit. */
export function useSearch(locale: Locale, query: string): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed.length < 2) {
      setState({ status: 'idle' });
      return;
    }
    let cancelled = false;
    setState((previous) => (previous.status === 'done' ? previous : { status: 'searching' }));
    const timer = setTimeout(async () => {
      const hits = searchIndex(await loadIndex(locale), locale, trimmed);
      const results = await Promise.all(
        hits.map(async (hit) => {
          const body = await loadBody(locale, hit.module);
          return { ...hit, location: body ? locateMatch(body.html, hit.terms) : null };
        }),
      );
      if (!cancelled) setState({ status: 'done', query: trimmed, results });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [locale, query]);

  return state;
}
