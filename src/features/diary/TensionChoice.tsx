import { useT } from '../../app/i18n';
import { TENSION_MAX, TENSION_MIN } from '../../storage/diary/diary-entry';

const LEVELS = Array.from({ length: TENSION_MAX - TENSION_MIN + 1 }, (_, index) => TENSION_MIN + index);

/** Tension at home 0–10, or not filled in: one tap, or arrow keys, in a labelled radio group. */
export function TensionChoice({ value, onChange }: { value: number | null; onChange: (tension: number | null) => void }) {
  const t = useT();
  return (
    <fieldset class="chip-group tension-choice" aria-describedby="tension-hint">
      <legend>{t('diary.editor.tension')}</legend>
      <p class="hint" id="tension-hint">
        {t('diary.editor.tensionHint')}
      </p>
      <div class="chip-group__choices">
        <label class="chip chip--wide">
          <input type="radio" name="entry-tension" value="" checked={value === null} onChange={() => onChange(null)} />
          <span>{t('diary.editor.noTension')}</span>
        </label>
        {LEVELS.map((level) => (
          <label key={level} class="chip chip--number" data-level={level}>
            <input type="radio" name="entry-tension" value={String(level)} checked={value === level} onChange={() => onChange(level)} />
            <span>{level}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
