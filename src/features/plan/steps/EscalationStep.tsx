import { useLocale, useT } from '../../../app/i18n';
import { pathFor } from '../../../app/paths';
import { PLAN_LIMITS } from '../../../storage/plans/plan';
import { HELP_LINES, telHref, type HelpLine } from '../../help/help-lines';
import { useCountry } from '../../help/use-country';
import { ESCALATION_IDEAS } from '../catalogue';
import { IdeaList } from './IdeaList';
import type { StepProps } from './step-props';

/** Step 6: what I do when it escalates, who I call, and when it is 112 / Veilig Thuis / 1712. */
export function EscalationStep({ plan, update }: StepProps) {
  const t = useT();
  const locale = useLocale();
  const [country] = useCountry();
  const lines = country === 'BE' ? (['alarm-112', 'be-1712'] as const) : (['alarm-112', 'nl-veilig-thuis'] as const);

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

      <section class="panel panel--help" aria-labelledby="when-to-call">
        <h2 id="when-to-call">{t('plan.escalation.whenTitle')}</h2>
        <ul class="when-to-call">
          {lines.map((id) => {
            const line = HELP_LINES.find((candidate) => candidate.id === id);
            return line ? <WhenToCall key={id} line={line} text={t(`plan.escalationWhen.${id === 'alarm-112' ? '112' : id === 'be-1712' ? '1712' : 'veiligThuis'}`)} /> : null;
          })}
        </ul>
        <p>
          <a href={pathFor(locale, { name: 'help' })}>{t('plan.escalation.allLines')}</a>
        </p>
      </section>
    </>
  );
}

function WhenToCall({ line, text }: { line: HelpLine; text: string }) {
  const t = useT();
  const locale = useLocale();
  const name = line.name[locale];
  return (
    <li>
      <p>{text}</p>
      {line.numbers.map((number) => (
        <a key={number.dial} class="call-link" href={telHref(number)} aria-label={t('help.call', { name, number: number.display })}>
          {number.display}
        </a>
      ))}
    </li>
  );
}
