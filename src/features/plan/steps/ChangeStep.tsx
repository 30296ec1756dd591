import { useRef } from 'preact/hooks';
import { useLocale, useT } from '../../../app/i18n';
import { PLAN_LIMITS, type PlanItem } from '../../../storage/plans/plan';
import { fillTemplate, insertTemplate } from '../fill-template';
import { changeFor, startItems, updateChange } from '../plan-edits';
import { formatDay } from '../plan-dates';
import { itemLabel } from '../plan-labels';
import { soundsLikeChildsTask } from '../safety';
import type { StepProps } from './step-props';

const TEMPLATES = ['one', 'two', 'three'] as const;

/** Step 4: per start item, what I will do differently, from when, and the words I will use. */
export function ChangeStep({ plan, update, stepHref }: StepProps) {
  const t = useT();
  const items = startItems(plan);
  if (items.length === 0) {
    return (
      <p class="plan-empty">
        {t('plan.change.empty')} <a href={stepHref('start')}>{t('plan.change.toStart')}</a>
      </p>
    );
  }
  return (
    <>
      {items.map((item, index) => (
        <ChangeForItem key={item.id} item={item} index={index} label={itemLabel(t, item)} {...{ plan, update, stepHref }} />
      ))}
    </>
  );
}

function ChangeForItem({ item, index, label, plan, update }: StepProps & { item: PlanItem; index: number; label: string }) {
  const t = useT();
  const locale = useLocale();
  const change = changeFor(plan, item.id);
  const announcement = useRef<HTMLTextAreaElement>(null);
  const prefix = `change-${index + 1}`;
  const edit = (patch: Parameters<typeof updateChange>[2]) => update((current) => updateChange(current, item.id, patch));
  const nudge = soundsLikeChildsTask(change.action);

  return (
    <section class="change" aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`}>{label}</h2>

      <div class="field">
        <label for={`${prefix}-action`}>{t('plan.change.actionLabel')}</label>
        <p class="hint" id={`${prefix}-action-hint`}>
          {t('plan.change.actionHint')}
        </p>
        <textarea
          id={`${prefix}-action`}
          rows={3}
          maxLength={PLAN_LIMITS.longText}
          value={change.action}
          aria-describedby={`${prefix}-action-hint${nudge ? ` ${prefix}-nudge` : ''}`}
          onInput={(event) => edit({ action: event.currentTarget.value })}
        />
        {nudge && (
          <p class="notice notice--gentle" id={`${prefix}-nudge`}>
            {t('plan.ownBehaviourHint')}
          </p>
        )}
      </div>

      <div class="field">
        <label for={`${prefix}-date`}>{t('plan.change.dateLabel')}</label>
        <input id={`${prefix}-date`} type="date" value={change.startsOn} onInput={(event) => edit({ startsOn: event.currentTarget.value })} />
      </div>

      <div class="field">
        <label for={`${prefix}-announcement`}>{t('plan.change.announcementLabel')}</label>
        <p class="hint" id={`${prefix}-announcement-hint`}>
          {t('plan.change.announcementHint')}
        </p>
        <textarea
          id={`${prefix}-announcement`}
          ref={announcement}
          rows={5}
          maxLength={PLAN_LIMITS.longText}
          value={change.announcement}
          aria-describedby={`${prefix}-announcement-hint`}
          onInput={(event) => edit({ announcement: event.currentTarget.value })}
        />
      </div>

      <details class="disclosure templates">
        <summary>{t('plan.change.templatesTitle')}</summary>
        <p class="hint">{t('plan.change.templatesHint')}</p>
        <ul class="templates__list">
          {TEMPLATES.map((name) => {
            const text = fillTemplate(t(`plan.templates.${name}`), {
              action: change.action,
              date: change.startsOn ? formatDay(change.startsOn, locale, { year: false }) : '',
              actionPlaceholder: t('plan.change.actionPlaceholder'),
              datePlaceholder: t('plan.change.datePlaceholder'),
            });
            const id = `${prefix}-template-${name}`;
            return (
              <li key={name}>
                <p id={id} class="templates__text">
                  {text}
                </p>
                <button
                  type="button"
                  class="button button--small"
                  aria-describedby={id}
                  onClick={() => {
                    edit({ announcement: insertTemplate(change.announcement, text) });
                    announcement.current?.focus();
                  }}
                >
                  {t('plan.change.useTemplate')}
                </button>
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
