import { useT } from '../../../app/i18n';
import { CONTACT_IDEAS } from '../catalogue';
import { IdeaList } from './IdeaList';
import type { StepProps } from './step-props';

/** Step 5: the contact I keep offering, whatever happens. */
export function ContactStep({ plan, update }: StepProps) {
  const t = useT();
  return (
    <IdeaList
      id="contact"
      legend={t('plan.contact.legend')}
      ownLabel={t('plan.contact.ownLabel')}
      ideas={CONTACT_IDEAS}
      ideaLabel={(id) => t(`plan.contactIdeas.${id}` as never)}
      lines={plan.contact}
      onChange={(contact) => update((current) => ({ ...current, contact }))}
    />
  );
}
