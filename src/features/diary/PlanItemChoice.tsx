import { useT } from '../../app/i18n';
import type { PlanItem } from '../../storage/plans/plan';
import { itemLabel } from '../plan/plan-labels';

/**
 * Which start item of the current plan an entry is about (optional). An entry that points at
 * an item of an earlier plan keeps that link, shown as such.
 */
export function PlanItemChoice({ items, value, onChange }: { items: readonly PlanItem[]; value: string | undefined; onChange: (id: string | undefined) => void }) {
  const t = useT();
  if (items.length === 0 && !value) return null;
  const known = value === undefined || items.some((item) => item.id === value);
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
        {!known && <option value={value}>{t('diary.editor.planItemEarlier')}</option>}
      </select>
    </div>
  );
}
