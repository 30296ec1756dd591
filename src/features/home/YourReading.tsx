import { useEffect, useState } from 'preact/hooks';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { findModule } from '../../content/catalog';
import type { ModuleMeta } from '../../content/types';
import { bookmarkedIds, continueReading } from '../../storage/reading';
import { requestResume } from '../reader/resume';

/** "Continue reading" and "Saved": what this parent did on this device. Rendered after hydration. */
export function YourReading() {
  const t = useT();
  const locale = useLocale();
  const [state, setState] = useState<{ next: ModuleMeta | undefined; percent: number; saved: ModuleMeta[] } | null>(null);

  useEffect(() => {
    const next = continueReading();
    setState({
      next: next ? findModule(locale, next.id) : undefined,
      // Rounded to tens: "about 40%" is what a parent needs to know, not 37%.
      percent: next ? Math.round(next.record.position * 10) * 10 : 0,
      saved: bookmarkedIds().map((id) => findModule(locale, id)).filter((module): module is ModuleMeta => module !== undefined),
    });
  }, [locale]);

  if (!state || (!state.next && state.saved.length === 0)) return null;
  return (
    <>
      {state.next && (
        <section aria-labelledby="continue-reading" class="panel">
          <h2 id="continue-reading">{t('home.continueTitle')}</h2>
          <p>{state.percent > 0 ? t('home.continueAt', { percent: state.percent }) : t('home.continueText')}</p>
          <p>
            <a class="card__link" href={pathFor(locale, { name: 'module', id: state.next.id })} onClick={() => requestResume(state.next!.id)}>
              {state.next.title}
            </a>
          </p>
        </section>
      )}
      {state.saved.length > 0 && (
        <section aria-labelledby="saved" class="panel">
          <h2 id="saved">{t('home.savedTitle')}</h2>
          <ul class="link-list">
            {state.saved.map((module) => (
              <li key={module.id}>
                <a href={pathFor(locale, { name: 'module', id: module.id })}>{module.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
