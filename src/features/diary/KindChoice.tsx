import { useT } from '../../app/i18n';
import { ENTRY_KINDS, type EntryKind } from '../../storage/diary/diary-entry';

/** The kind of entry, one tap each: a radio group (arrow keys move between the kinds). */
export function KindChoice({ value, onChange }: { value: EntryKind; onChange: (kind: EntryKind) => void }) {
  const t = useT();
  return (
    <fieldset class="chip-group">
      <legend>{t('diary.editor.kind')}</legend>
      <div class="chip-group__choices">
        {ENTRY_KINDS.map((kind) => (
          <label key={kind} class="chip">
            <input type="radio" name="entry-kind" value={kind} checked={value === kind} onChange={() => onChange(kind)} />
            <span>{t(`diary.kinds.${kind}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
