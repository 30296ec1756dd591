import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { findModule } from '../../content/catalog';

/** The modules offered when a search finds nothing: most searches that find nothing come after a bad moment. */
export const NOTHING_FOUND_MODULES = ['rustig-blijven', 'crisis-herkennen'] as const;

/** "Nothing found" never ends the road: staying calm, "is this a crisis?" and Help now, always. */
export function NothingFound({ query }: { query: string }) {
  const t = useT();
  const locale = useLocale();
  const modules = NOTHING_FOUND_MODULES.map((id) => findModule(locale, id)).filter((module) => module !== undefined);
  return (
    <section class="search-empty" aria-labelledby="search-empty-title">
      <p class="search-status">{t('library.noResults', { query })}</p>
      <h2 id="search-empty-title">{t('library.nothingFoundTitle')}</h2>
      <ul class="search-empty__links">
        {modules.map((module) => (
          <li key={module.id}>
            <a href={pathFor(locale, { name: 'module', id: module.id })}>{module.title}</a>
          </li>
        ))}
        <li>
          <a href={pathFor(locale, { name: 'help' })} aria-describedby="search-empty-help">
            {t('library.nothingFoundHelpLink')}
          </a>
          <span class="search-empty__hint" id="search-empty-help">
            {t('library.nothingFoundHelp')}
          </span>
        </li>
      </ul>
    </section>
  );
}
