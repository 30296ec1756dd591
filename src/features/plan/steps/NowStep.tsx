import { useState } from 'preact/hooks';
import { useT } from '../../../app/i18n';
import { PLAN_LIMITS, SITUATION_GROUPS, type SituationGroup } from '../../../storage/plans/plan';
import { SITUATIONS } from '../catalogue';
import { itemLabel } from '../plan-labels';
import { addOwnItem, removeItem, toggleSituation } from '../plan-edits';
import { mentionsViolence } from '../safety';
import { AddLineForm } from './AddLineForm';
import { CheckChip } from './CheckChip';
import { OwnLines } from './OwnLines';
import type { StepProps } from './step-props';

/**
 * Step 1: what happens now. The catalogue by group, and the parent's own situations. Every own
 * situation gets one question, "is this about violence, threats or destruction?", and only the
 * parent's answer decides: words that sound like it only make "yes" the suggested answer.
 * "Yes" puts the item in the safety group (never "accept"). Choosing that group is a yes.
 */
export function NowStep({ plan, update }: StepProps) {
  const t = useT();
  const [group, setGroup] = useState<SituationGroup | ''>('');
  const chosen = new Set(plan.items.flatMap((item) => (item.catalogueId ? [item.catalogueId] : [])));
  const own = plan.items.filter((item) => item.catalogueId === undefined);
  const add = (text: string, answer?: boolean) => {
    const aboutViolence = group === 'safety' || answer === true;
    update((current) => addOwnItem(current, { id: crypto.randomUUID(), text, ...(group ? { group } : {}), aboutViolence }));
  };

  return (
    <>
      {SITUATION_GROUPS.map((name) => (
        <fieldset key={name} class="chip-group plan-group">
          <legend>{t(`plan.groups.${name}`)}</legend>
          <div class="chip-group__choices chip-group__choices--stacked">
            {SITUATIONS.filter((situation) => situation.group === name).map((situation) => (
              <CheckChip
                key={situation.id}
                label={t(`plan.catalogue.${situation.id}` as never)}
                checked={chosen.has(situation.id)}
                onChange={() => update((plan) => toggleSituation(plan, situation.id, () => crypto.randomUUID()))}
              />
            ))}
          </div>
        </fieldset>
      ))}

      <section class="plan-own" aria-labelledby="own-title">
        <h2 id="own-title">{t('plan.now.ownTitle')}</h2>
        <OwnLines lines={own.map((item) => ({ id: item.id, label: itemLabel(t, item) }))} onRemove={(id) => update((plan) => removeItem(plan, id))} fallbackFocus="own-situation" />
        <AddLineForm
          id="own-situation"
          label={t('plan.now.ownLabel')}
          full={plan.items.length >= PLAN_LIMITS.items}
          ask={{
            needed: () => group !== 'safety',
            suggestYes: mentionsViolence,
            question: t('plan.now.safetyQuestion'),
            hint: t('plan.now.safetyQuestionHintAll'),
            hintSuggested: t('plan.now.safetyQuestionHint'),
            yes: t('plan.now.yes'),
            no: t('plan.now.no'),
          }}
          onAdd={add}
        >
          <div class="field">
            <label for="own-group">{t('plan.now.ownGroup')}</label>
            <select id="own-group" value={group} onChange={(event) => setGroup(event.currentTarget.value as SituationGroup | '')}>
              <option value="">{t('plan.now.noGroup')}</option>
              {SITUATION_GROUPS.map((name) => (
                <option key={name} value={name}>
                  {t(`plan.groups.${name}`)}
                </option>
              ))}
            </select>
          </div>
        </AddLineForm>
      </section>
      <p class="plan-count" role="status">
        {t('plan.now.count', { count: plan.items.length })}
      </p>
    </>
  );
}
