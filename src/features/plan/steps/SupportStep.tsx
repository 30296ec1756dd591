import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../../app/i18n';
import { PLAN_LIMITS, type Supporter } from '../../../storage/plans/plan';
import { SUPPORTER_ROLES } from '../catalogue';
import type { StepProps } from './step-props';

/** Step 7: people who support me, and what they can do. On this device only. */
export function SupportStep({ plan, update }: StepProps) {
  const t = useT();
  const [added, setAdded] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // A removed row, and whose remove button gets focus once it is gone (null: the add button).
  const removed = useRef<{ id: string; focus: string | null } | null>(null);

  // A new row: the cursor goes to its name.
  useEffect(() => {
    if (added) list.current?.querySelector<HTMLInputElement>(`#supporter-${added}-name`)?.focus();
  }, [added]);

  // A removed row: focus goes to the next row's remove button, else the previous one's, else "add".
  useEffect(() => {
    const pending = removed.current;
    if (!pending || plan.supporters.some((person) => person.id === pending.id)) return;
    removed.current = null;
    const target = pending.focus === null ? null : document.getElementById(`supporter-${pending.focus}-remove`);
    (target ?? addButton.current)?.focus();
  });

  const edit = (id: string, patch: Partial<Supporter>) =>
    update((current) => ({ ...current, supporters: current.supporters.map((person) => (person.id === id ? { ...person, ...patch } : person)) }));

  return (
    <>
      <p>{t('plan.supportWhy')}</p>
      <datalist id="supporter-roles">
        {SUPPORTER_ROLES.map((role) => (
          <option key={role} value={t(`plan.supporterRoles.${role}`)} />
        ))}
      </datalist>
      {plan.supporters.length > 0 && (
        <ol class="supporters" ref={list}>
          {plan.supporters.map((person, index) => (
            <li key={person.id} class="supporter">
              <fieldset class="supporter__fields">
                <legend>{t('plan.support.person', { number: index + 1 })}</legend>
                <div class="field-row">
                  <div class="field">
                    <label for={`supporter-${person.id}-name`}>{t('plan.support.name')}</label>
                    <input
                      id={`supporter-${person.id}-name`}
                      type="text"
                      autocomplete="off"
                      maxLength={PLAN_LIMITS.shortText}
                      value={person.name}
                      onInput={(event) => edit(person.id, { name: event.currentTarget.value })}
                    />
                  </div>
                  <div class="field">
                    <label for={`supporter-${person.id}-role`}>{t('plan.support.role')}</label>
                    <input
                      id={`supporter-${person.id}-role`}
                      type="text"
                      autocomplete="off"
                      list="supporter-roles"
                      maxLength={PLAN_LIMITS.shortText}
                      value={person.role}
                      onInput={(event) => edit(person.id, { role: event.currentTarget.value })}
                    />
                  </div>
                </div>
                <button
                  type="button"
                  id={`supporter-${person.id}-remove`}
                  class="button button--small button--quiet"
                  onClick={() => {
                    removed.current = { id: person.id, focus: (plan.supporters[index + 1] ?? plan.supporters[index - 1])?.id ?? null };
                    update((current) => ({ ...current, supporters: current.supporters.filter((other) => other.id !== person.id) }));
                  }}
                >
                  {t('plan.support.removePerson', { number: index + 1 })}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        class="button"
        ref={addButton}
        disabled={plan.supporters.length >= PLAN_LIMITS.supporters}
        onClick={() => {
          const id = crypto.randomUUID();
          update((current) => ({ ...current, supporters: [...current.supporters, { id, name: '', role: '' }] }));
          setAdded(id);
        }}
      >
        {t('plan.support.add')}
      </button>
      <p class="hint">{t('plan.support.deviceOnly')}</p>
    </>
  );
}
