import { useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { groupByTheme } from '../../content/catalog';
import type { ModuleMeta } from '../../content/types';
import { foldTerm } from '../search/search-options';

/** Find and tick modules: a filter over titles and summaries, and the modules grouped by theme, with summaries. */
export function ModulePicker(props: { modules: ModuleMeta[]; chosen: string[]; full: boolean; onToggle: (id: string) => void }) {
  const t = useT();
  const [filter, setFilter] = useState('');
  const words = foldTerm(filter).split(/\s+/).filter(Boolean);
  const shown = props.modules.filter((module) => words.every((word) => foldTerm(`${module.title} ${module.summary}`).includes(word)));
  return (
    <fieldset class="choice-group module-picker">
      <legend>{t('recommend.choose')}</legend>
      <div class="field">
        <label for="module-filter">{t('recommend.find')}</label>
        <p class="hint" id="module-filter-hint">
          {t('recommend.findHint')}
        </p>
        <input id="module-filter" type="search" autoComplete="off" aria-describedby="module-filter-hint" value={filter} onInput={(event) => setFilter((event.target as HTMLInputElement).value)} />
      </div>
      {groupByTheme(shown).map((group) => (
        <fieldset key={group.theme} class="picker-group">
          <legend>{t(`library.themes.${group.theme}`)}</legend>
          <ul class="picker-list">
            {group.modules.map((module) => {
              const checked = props.chosen.includes(module.id);
              return (
                <li key={module.id}>
                  <label class="picker-item">
                    <input type="checkbox" checked={checked} disabled={!checked && props.full} onChange={() => props.onToggle(module.id)} aria-describedby={`summary-${module.id}`} />
                    <span>
                      <strong>{module.title}</strong>
                      <span class="picker-item__summary" id={`summary-${module.id}`}>
                        {module.summary}
                      </span>
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      {props.full && <p class="hint">{t('recommend.max', { count: props.chosen.length })}</p>}
    </fieldset>
  );
}
