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
 * an item of an earlier plan keeps it too, shown as such.
 */
export function PlanItemChoice({ items, value, onChange }: { items: readonly PlanItem[]; value: string | undefined; onChange: (id: string | undefined) => void }) {
  const t = useT();
  const planItems = useContext(CurrentPlanItems);
  if (items.length === 0 && !value) return null;
  const known = value === undefined || items.some((item) => item.id === value);
  const other = known ? undefined : planItems.find((item) => item.id === value);
  return (
    <div class="field">
      <label for="entry-plan-item">{t('diary.editor.planItem')}</label>
      <p class="hint" id="entry-plan-item-hint">
        {t('diary.editor.planItemHint')}
      </p>
      <select id="entry-plan-item" value={value ?? ''} aria-describedby="entry-plan-item-hint" onChange={(event) => onChange(event.currentTarget.value || undefined)}>
        <option value="">{t('diary.editor.planItemNone')}</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {itemLabel(t, item)}
          </option>
        ))}
        {!known && <option value={value}>{other ? itemLabel(t, other) : t('diary.editor.planItemEarlier')}</option>}
      </select>
    </div>
  );
}
