import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useT } from '../../app/i18n';
import type { PlanItem } from '../../storage/plans/plan';
import { itemLabel } from '../plan/plan-labels';

/**
 * Every item of the current plan, set by the entry page around the form: an entry that points
 * at one that is not a start item (unticked, or sorted again) is named by its own words.
 */
export const CurrentPlanItems = createContext<readonly PlanItem[]>([]);

/**
 * Which start item of the current plan an entry is about (optional). An entry that points at
 * another item of the current plan keeps that link under the item's words; one that points at
 * an item of an earlier plan keeps it too, shown as such. Radio cards the width of the form
 * that wrap long words (a select grows to its longest option and pushed the page sideways).
 */
export function PlanItemChoice({ items, value, onChange }: { items: readonly PlanItem[]; value: string | undefined; onChange: (id: string | undefined) => void }) {
  const t = useT();
  const planItems = useContext(CurrentPlanItems);
  if (items.length === 0 && !value) return null;
  const known = value === undefined || items.some((item) => item.id === value);
  const other = known ? undefined : planItems.find((item) => item.id === value);
  const choices = [
    { id: '', label: t('diary.editor.planItemNone') },
    ...items.map((item) => ({ id: item.id, label: itemLabel(t, item) })),
    ...(!known && value ? [{ id: value, label: other ? itemLabel(t, other) : t('diary.editor.planItemEarlier') }] : []),
  ];
  return (
    <fieldset class="chip-group plan-item-choice" aria-describedby="entry-plan-item-hint">
      <legend>{t('diary.editor.planItem')}</legend>
      <p class="hint" id="entry-plan-item-hint">
        {t('diary.editor.planItemHint')}
      </p>
      <div class="chip-group__choices chip-group__choices--stacked">
        {choices.map((choice) => (
          <label key={choice.id} class="chip chip--wide">
            <input type="radio" name="entry-plan-item" value={choice.id} checked={(value ?? '') === choice.id} onChange={() => onChange(choice.id || undefined)} />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
