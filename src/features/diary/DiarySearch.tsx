import { useT } from '../../app/i18n';
import { ENTRY_KINDS, type EntryKind } from '../../storage/diary/diary-entry';
import { isFiltering, NO_FILTER, type DiaryFilter } from './diary-filter';

/** Full-text search and filters (kind, tag, period) over the diary; results update as you type. */
export function DiarySearch({ filter, tags, onChange }: { filter: DiaryFilter; tags: string[]; onChange: (filter: DiaryFilter) => void }) {
  const t = useT();
  const set = (patch: Partial<DiaryFilter>) => onChange({ ...filter, ...patch });
  const toggleKind = (kind: EntryKind, on: boolean) => set({ kinds: on ? [...filter.kinds, kind] : filter.kinds.filter((candidate) => candidate !== kind) });
  const filtersOpen = filter.kinds.length > 0 || filter.tag !== '' || filter.from !== '' || filter.to !== '';

  return (
    <form role="search" class="diary-search" onSubmit={(event) => event.preventDefault()}>
      <div class="field">
        <label for="diary-query">{t('diary.search.label')}</label>
        <p class="hint" id="diary-query-hint">
          {t('diary.search.hint')}
        </p>
        <input id="diary-query" type="search" value={filter.query} aria-describedby="diary-query-hint" autocomplete="off" onInput={(event) => set({ query: event.currentTarget.value })} />
      </div>
      <details class="diary-search__filters" open={filtersOpen}>
        <summary>{t('diary.search.filters')}</summary>
        <fieldset class="chip-group">
          <legend>{t('diary.search.kind')}</legend>
          <div class="chip-group__choices">
            {ENTRY_KINDS.map((kind) => (
              <label key={kind} class="chip">
                <input type="checkbox" checked={filter.kinds.includes(kind)} onChange={(event) => toggleKind(kind, event.currentTarget.checked)} />
                <span>{t(`diary.kinds.${kind}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {tags.length > 0 && (
          <div class="field">
            <label for="diary-tag">{t('diary.search.tag')}</label>
            <select id="diary-tag" value={filter.tag} onChange={(event) => set({ tag: event.currentTarget.value })}>
              <option value="">{t('diary.search.anyTag')}</option>
              {tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="field-row">
          <div class="field">
            <label for="diary-from">{t('diary.search.from')}</label>
            <input id="diary-from" type="date" value={filter.from} onInput={(event) => set({ from: event.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="diary-to">{t('diary.search.to')}</label>
            <input id="diary-to" type="date" value={filter.to} onInput={(event) => set({ to: event.currentTarget.value })} />
          </div>
        </div>
      </details>
      {isFiltering(filter) && (
        <p>
          <button type="button" class="button button--quiet" onClick={() => onChange(NO_FILTER)}>
            {t('diary.search.clear')}
          </button>
        </p>
      )}
    </form>
  );
}
