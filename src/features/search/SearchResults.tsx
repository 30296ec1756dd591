import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { findModule } from '../../content/catalog';
import { NothingFound } from './NothingFound';
import type { SearchState } from './use-search';

export function SearchResults({ state }: { state: SearchState }) {
  const t = useT();
  const locale = useLocale();
  if (state.status === 'idle') return null;
  if (state.status === 'searching') return <p class="search-status">{t('library.searching')}</p>;
  if (state.results.length === 0) return <NothingFound query={state.query} />;
  return (
    <ol class="search-results">
      {state.results.map((result) => {
        const module = findModule(locale, result.module);
        if (!module) return null;
        return (
          <li key={result.module} class="card card--link">
            <a class="card__link" href={`${pathFor(locale, { name: 'module', id: result.module })}${result.location?.snippet ? `#${result.location.anchor}` : ''}`}>
              {module.title}
            </a>
            {result.location?.snippet ? (
              <>
                <p class="card__meta">{t('library.inSection', { heading: result.location.heading })}</p>
                <p class="search-snippet">
                  {result.location.snippet.before}
                  <mark>{result.location.snippet.match}</mark>
                  {result.location.snippet.after}
                </p>
              </>
            ) : (
              <p class="card__summary">{module.summary}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
