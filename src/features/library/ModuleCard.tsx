import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import type { ModuleMeta } from '../../content/types';
import { ReadingStatus } from './ReadingStatus';

export function ModuleCard({ module }: { module: ModuleMeta }) {
  const t = useT();
  const locale = useLocale();
  return (
    <li class="card">
      <a class="card__link" href={pathFor(locale, { name: 'module', id: module.id })}>
        {module.title}
      </a>
      <p class="card__summary">{module.summary}</p>
      <p class="card__meta">
        {t('library.readingTime', { count: module.readingMinutes })}
        <ReadingStatus id={module.id} />
      </p>
    </li>
  );
}
