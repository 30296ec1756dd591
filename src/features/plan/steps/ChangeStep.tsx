import { useRef } from 'preact/hooks';
import { useLocale, useT } from '../../../app/i18n';
import { PLAN_LIMITS, type PlanItem } from '../../../storage/plans/plan';
import { fillTemplate, insertTemplate } from '../fill-template';
import { changeFor, startItems, updateChange } from '../plan-edits';
import { formatDay } from '../plan-dates';
import { itemLabel } from '../plan-labels';
import { isSafetyItem, soundsLikeChildsTask } from '../safety';
import { isFoodItem } from '../catalogue';
import { SafetyLines } from './SafetyLines';
import type { StepProps } from './step-props';

/**
 * Supportive statements (SPACE: it is hard, I trust you can cope, what I will do) for most
 * items. Violence is not something a child "copes with": a safety item gets a non-violent
 * resistance announcement instead (I no longer accept it, I break the secrecy, I still love you).
 */
const SUPPORTIVE = ['one', 'two', 'three'] as const;
const SAFETY = ['safety'] as const;

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
  const safety = isSafetyItem(item);
  const templates = safety ? SAFETY : SUPPORTIVE;

  return (
    <section class="change" aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`}>{label}</h2>

      {safety && (
        <div class="panel panel--help change__safety">
          <p>{t('plan.change.safetyIntro')}</p>
          <SafetyLines />
        </div>
      )}

      {isFoodItem(item) && (
        <p class="panel change__food" id={`${prefix}-food`}>
          {t('plan.change.foodNote')}
        </p>
      )}

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
          {safety ? t('plan.change.safetyAnnouncementHint') : t('plan.change.announcementHint')}
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
          {templates.map((name) => {
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
