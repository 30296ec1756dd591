import { usePageHead } from '../../app/head';
import { useLocale, useT } from '../../app/i18n';
import { groupByTheme, listModules } from '../../content/catalog';
import { useState } from 'preact/hooks';
import { LibrarySearch } from '../search/LibrarySearch';
import { ModuleCard } from './ModuleCard';

export default function LibraryPage() {
  const t = useT();
  const locale = useLocale();
  usePageHead({ title: t('library.title'), description: t('library.intro') });
  const [searching, setSearching] = useState(false);

  return (
    <div class="page library-page">
      <h1>{t('library.title')}</h1>
      <p class="lead">{t('library.intro')}</p>
      <LibrarySearch onActiveChange={setSearching} />
      {!searching && groupByTheme(listModules(locale)).map((group) => (
        <section key={group.theme} aria-labelledby={`theme-${group.theme}`} class="theme">
          <h2 id={`theme-${group.theme}`}>{t(`library.themes.${group.theme}`)}</h2>
          <p class="theme__intro">{t(`library.themeIntros.${group.theme}`)}</p>
          <ul class="card-list">
            {group.modules.map((module) => (
              <ModuleCard key={module.id} module={module} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
