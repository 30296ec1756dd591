import { useState } from 'preact/hooks';
import { useLocale, useT } from '../../app/i18n';
import { SearchResults } from './SearchResults';
import { useSearch } from './use-search';

/** The library's search box; while there is a query, its results take the place of the themes. */
export function LibrarySearch({ onActiveChange }: { onActiveChange: (active: boolean) => void }) {
  const t = useT();
  const locale = useLocale();
  const [query, setQuery] = useState('');
  const state = useSearch(locale, query);
  const count = state.status === 'done' ? state.results.length : 0;

  return (
    <div class="library-search">
      <form role="search" class="field" onSubmit={(event) => event.preventDefault()}>
        <label for="library-search">{t('library.searchLabel')}</label>
        <p class="hint" id="library-search-hint">
          {t('library.searchHint')}
        </p>
        <input
          id="library-search"
          type="search"
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby="library-search-hint"
          value={query}
          onInput={(event) => {
            const value = (event.target as HTMLInputElement).value;
            setQuery(value);
            onActiveChange(value.trim().length >= 2);
          }}
        />
      </form>
      <p class="visually-hidden" aria-live="polite">
        {state.status === 'done' ? (count > 0 ? t('library.resultsCount', { count }) : t('library.noResults', { query: state.query })) : ''}
      </p>
      <SearchResults state={state} />
    </div>
  );
}
