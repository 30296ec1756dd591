import { useEffect, useState } from 'preact/hooks';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { findModule } from '../../content/catalog';
import type { ModuleMeta } from '../../content/types';
import { lockOnMirror } from '../../storage/lock/lock-mirror';
import { dismissRecommendation, listRecommendations, type SavedRecommendation } from '../../storage/recommendations';

/**
 * Recommendations opened from links, until the parent removes them. Rendered after hydration.
 * While the diary lock is on, home says nothing personal: a neutral heading, the modules, no note.
 */
export function Recommendations() {
  const t = useT();
  const locale = useLocale();
  const [items, setItems] = useState<SavedRecommendation[]>([]);
  const [lockOn, setLockOn] = useState(false);
  useEffect(() => {
    setLockOn(lockOnMirror());
    setItems(listRecommendations());
  }, []);
  if (items.length === 0) return null;

  return (
    <section aria-labelledby="recommended" class="panel panel--recommended">
      <h2 id="recommended">{lockOn ? t('home.recommendedTitleNeutral') : t('home.recommendedTitle')}</h2>
      {items.map((item) => {
        const modules = item.moduleIds.map((id) => findModule(locale, id)).filter((module): module is ModuleMeta => module !== undefined);
        return (
          <div key={item.key} class="recommended-item">
            {item.note && !lockOn && (
              <p>
                {t('home.recommendedNote')} <q>{item.note}</q>
              </p>
            )}
            <ul class="link-list">
              {modules.map((module) => (
                <li key={module.id}>
                  <a href={pathFor(locale, { name: 'module', id: module.id })}>{module.title}</a>
                </li>
              ))}
            </ul>
            <button
              type="button"
              class="button"
              onClick={() => {
                dismissRecommendation(item.key);
                setItems(listRecommendations());
              }}
            >
              {t('home.dismiss')}
            </button>
          </div>
        );
      })}
    </section>
  );
}
