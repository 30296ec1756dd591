import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import type { ModuleMeta } from '../../content/types';
import { ReadingStatus } from './ReadingStatus';

/** A module in a list; the whole card is tappable (the title's link is stretched over it, see .card--link). */
export function ModuleCard({ module }: { module: ModuleMeta }) {
  const t = useT();
  const locale = useLocale();
  return (
    <li class="card card--link">
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
