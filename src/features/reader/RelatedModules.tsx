import { useLocale, useT } from '../../app/i18n';
import { findModule } from '../../content/catalog';
import type { ModuleMeta } from '../../content/types';
import { ModuleCard } from '../library/ModuleCard';

export function RelatedModules({ ids }: { ids: string[] }) {
  const t = useT();
  const locale = useLocale();
  const related = ids.map((id) => findModule(locale, id)).filter((module): module is ModuleMeta => module !== undefined);
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="lees-ook" class="related">
      <h2 id="lees-ook">{t('reader.related')}</h2>
      <ul class="card-list">
        {related.map((module) => (
          <ModuleCard key={module.id} module={module} />
        ))}
      </ul>
    </section>
  );
}
