import { useLocale, useT } from '../../../app/i18n';
import { pathFor } from '../../../app/paths';
import { PLAN_LIMITS } from '../../../storage/plans/plan';
import { ThreatGuidance } from '../../help/ThreatGuidance';
import { ESCALATION_IDEAS } from '../catalogue';
import { IdeaList } from './IdeaList';
import { SafetyLines } from './SafetyLines';
import type { StepProps } from './step-props';

/**
 * Step 6: what I do when it escalates, who I call, and when it is 112 / Veilig Thuis / 1712,
 * or 113 / 1813 when the child talks about not wanting to live; and what to do when the child
 * answers the change with a threat (pause it, call, decide with a professional).
 */
export function EscalationStep({ plan, update }: StepProps) {
  const t = useT();
  const locale = useLocale();

  return (
    <>
      <IdeaList
        id="escalation"
        legend={t('plan.escalation.legend')}
        ownLabel={t('plan.escalation.ownLabel')}
        ideas={ESCALATION_IDEAS}
        ideaLabel={(id) => t(`plan.escalationIdeas.${id}` as never)}
        lines={plan.escalation.responses}
        onChange={(responses) => update((current) => ({ ...current, escalation: { ...current.escalation, responses } }))}
      />

      <div class="field">
        <label for="who-to-call">{t('plan.escalation.whoLabel')}</label>
        <p class="hint" id="who-to-call-hint">
          {t('plan.escalation.whoHint')}
        </p>
        <textarea
          id="who-to-call"
          rows={3}
          maxLength={PLAN_LIMITS.longText}
          value={plan.escalation.whoToCall}
          aria-describedby="who-to-call-hint"
          onInput={(event) => {
            const whoToCall = event.currentTarget.value;
            update((current) => ({ ...current, escalation: { ...current.escalation, whoToCall } }));
          }}
        />
      </div>

      <ThreatGuidance />

      <section class="panel panel--help" aria-labelledby="when-to-call">
        <h2 id="when-to-call">{t('plan.escalation.whenTitle')}</h2>
        <SafetyLines suicide />
        <p>
          <a href={pathFor(locale, { name: 'help' })}>{t('plan.escalation.allLines')}</a>
        </p>
      </section>
    </>
  );
}
