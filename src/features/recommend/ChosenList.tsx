import { useT } from '../../app/i18n';
import type { ModuleMeta } from '../../content/types';

/** The chosen modules in the order the parent will see them, with move and remove buttons. */
export function ChosenList(props: { modules: ModuleMeta[]; onMove: (id: string, by: -1 | 1) => void; onRemove: (id: string) => void }) {
  const t = useT();
  return (
    <section aria-labelledby="chosen-title" class="chosen">
      <h2 id="chosen-title">{t('recommend.chosen')}</h2>
      {props.modules.length === 0 ? (
        <p class="hint">{t('recommend.nothingChosen')}</p>
      ) : (
        <ol class="chosen-list">
          {props.modules.map((module, index) => (
            <li key={module.id}>
              <span class="chosen-list__title">{module.title}</span>
              <span class="chosen-list__actions">
                <button type="button" class="button button--small" disabled={index === 0} aria-label={t('recommend.up', { title: module.title })} onClick={() => props.onMove(module.id, -1)}>
                  ↑
                </button>
                <button type="button" class="button button--small" disabled={index === props.modules.length - 1} aria-label={t('recommend.down', { title: module.title })} onClick={() => props.onMove(module.id, 1)}>
                  ↓
                </button>
                <button type="button" class="button button--small" aria-label={t('recommend.remove', { title: module.title })} onClick={() => props.onRemove(module.id)}>
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
