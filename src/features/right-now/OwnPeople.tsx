import { useEffect, useState } from 'preact/hooks';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import type { Plan } from '../../storage/plans/plan';
import { planRepository } from '../../storage/plans/plan-repository';
import { useLockStatus } from '../lock/use-lock-status';
import { TextWithPhoneLinks } from '../shared/TextWithPhoneLinks';

type People = { status: 'loading' | 'none' | 'locked' } | { status: 'ready'; plan: Plan };

/**
 * The parent's own people from the plan (step 6 "wie bel ik", step 7 "wie steunt mij"), with
 * their numbers as `tel:` links. While the diary lock is locked only a link to the plan shows.
 */
export function OwnPeople() {
  const t = useT();
  const locale = useLocale();
  const lock = useLockStatus();
  const [people, setPeople] = useState<People>({ status: 'loading' });

  useEffect(() => {
    if (lock === 'unknown') return;
    if (lock === 'locked') return setPeople({ status: 'locked' });
    if (lock === 'failed') return setPeople({ status: 'none' });
    let live = true;
    planRepository.current().then(
      (plan) => live && setPeople(plan && (plan.escalation.whoToCall.trim() || plan.supporters.length > 0) ? { status: 'ready', plan } : { status: 'none' }),
      () => live && setPeople({ status: 'none' }),
    );
    return () => {
      live = false;
    };
  }, [lock]);

  if (people.status === 'loading' || people.status === 'none') return null;
  return (
    <section class="panel own-people" aria-labelledby="own-people">
      <h2 id="own-people">{t('rightNow.ownTitle')}</h2>
      {people.status !== 'ready' ? (
        <p>
          {t('rightNow.ownLocked')} <a href={pathFor(locale, { name: 'plan' })}>{t('rightNow.ownOpenPlan')}</a>
        </p>
      ) : (
        <>
          {people.plan.escalation.whoToCall.trim() && (
            <p class="own-people__call">
              <TextWithPhoneLinks text={people.plan.escalation.whoToCall.trim()} />
            </p>
          )}
          {people.plan.supporters.length > 0 && (
            <ul class="own-people__list">
              {people.plan.supporters.map((supporter) => (
                <li key={supporter.id}>
                  <TextWithPhoneLinks text={supporter.role ? `${supporter.name}: ${supporter.role}` : supporter.name} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
