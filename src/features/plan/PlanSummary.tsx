import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import type { DiaryEntry } from '../../storage/diary/diary-entry';
import type { Plan, PlanItem } from '../../storage/plans/plan';
import { formatDateTime } from '../diary/format-diary-date';
import { HELP_LINES } from '../help/help-lines';
import { useCountry } from '../help/use-country';
import { changeFor, startItems } from './plan-edits';
import { formatDay } from './plan-dates';
import { contactLabel, escalationLabel, itemLabel } from './plan-labels';
import { planReturnValue, RETURN_PARAMETER } from './plan-return';
import { showsAsAccepted } from './safety';
import { TextWithPhoneLinks } from '../shared/TextWithPhoneLinks';

/**
 * The whole plan on one page, in the order of the steps, ready to print (one or two A4
 * pages). Under each start item: the diary entries that point at it (`entries`, by item id);
 * entries about the plan's other items follow in a small section of their own.
 */
export function PlanSummary({ plan, entries, editable }: { plan: Plan; entries: Map<string, DiaryEntry[]>; editable: boolean }) {
  const t = useT();
  const start = startItems(plan);
  const startIds = new Set(start.map((item) => item.id));
  const sorted = (decision: PlanItem['decision']) => plan.items.filter((item) => item.decision === decision && !startIds.has(item.id));
  // Violence is never listed under "accept", also not from an older or imported plan: such an
  // item shows as not sorted yet, so the parent sorts it again.
  const accepted = sorted('accept').filter(showsAsAccepted);
  const unsorted = plan.items.filter((item) => item.decision === undefined || (item.decision === 'accept' && !showsAsAccepted(item)));

  return (
    <div class="plan-summary">
      <section aria-labelledby="summary-start">
        <h2 id="summary-start">{t('plan.summary.start')}</h2>
        {start.length === 0 ? <p class="muted">{t('plan.summary.noStart')}</p> : start.map((item) => <StartItem key={item.id} plan={plan} item={item} entries={entries.get(item.id) ?? []} editable={editable} />)}
      </section>

      <OtherNotes items={plan.items.filter((item) => !startIds.has(item.id))} entries={entries} />

      <ItemList id="summary-stop" title={t('plan.summary.stop')} items={sorted('stop')} />
      <ItemList id="summary-accept" title={t('plan.summary.accept')} items={accepted} />
      <ItemList id="summary-later" title={t('plan.summary.later')} items={sorted('later')} />
      <ItemList id="summary-unsorted" title={t('plan.summary.unsorted')} items={unsorted} />

      <section aria-labelledby="summary-contact">
        <h2 id="summary-contact">{t('plan.steps.contact.title')}</h2>
        <Lines lines={plan.contact.map((line) => contactLabel(t, line))} />
      </section>

      <section aria-labelledby="summary-escalation">
        <h2 id="summary-escalation">{t('plan.steps.escalation.title')}</h2>
        <Lines lines={plan.escalation.responses.map((line) => escalationLabel(t, line))} />
        {plan.escalation.whoToCall.trim() && (
          <>
            <h3>{t('plan.summary.whoToCall')}</h3>
            <p class="plan-text">
              <TextWithPhoneLinks text={plan.escalation.whoToCall} />
            </p>
          </>
        )}
        <Emergency />
      </section>

      <section aria-labelledby="summary-support">
        <h2 id="summary-support">{t('plan.steps.support.title')}</h2>
        <Lines phones lines={plan.supporters.filter((person) => person.name.trim() || person.role.trim()).map((person) => [person.name.trim(), person.role.trim()].filter(Boolean).join(' — '))} />
      </section>

      <section aria-labelledby="summary-review">
        <h2 id="summary-review">{t('plan.steps.review.title')}</h2>
        <ReviewDate plan={plan} />
      </section>
    </div>
  );
}

/** 112, and for violence at home Veilig Thuis (NL) or 1712 (BE): also on paper; on screen a tap calls. */
function Emergency() {
  const t = useT();
  const [country] = useCountry();
  const line = HELP_LINES.find((candidate) => candidate.id === (country === 'BE' ? 'be-1712' : 'nl-veilig-thuis'));
  const number = line?.numbers[0]?.display ?? '';
  return (
    <p class="plan-summary__emergency">
      <TextWithPhoneLinks text={`${t('plan.summary.emergency')} ${country === 'BE' ? t('plan.summary.violenceBE', { number }) : t('plan.summary.violenceNL', { number })}`} />
    </p>
  );
}

function ReviewDate({ plan }: { plan: Plan }) {
  const t = useT();
  const locale = useLocale();
  return <p>{plan.reviewOn ? formatDay(plan.reviewOn, locale) : <span class="muted">{t('plan.summary.notChosen')}</span>}</p>;
}

function StartItem({ plan, item, entries, editable }: { plan: Plan; item: PlanItem; entries: DiaryEntry[]; editable: boolean }) {
  const t = useT();
  const locale = useLocale();
  const change = changeFor(plan, item.id);
  return (
    <article class="start-item">
      <h3>{itemLabel(t, item)}</h3>
      <dl class="start-item__details">
        <dt>{t('plan.summary.action')}</dt>
        <dd class="plan-text">{change.action.trim() || <span class="muted">{t('plan.summary.notFilled')}</span>}</dd>
        <dt>{t('plan.summary.from')}</dt>
        <dd>{change.startsOn ? formatDay(change.startsOn, locale) : <span class="muted">{t('plan.summary.notChosen')}</span>}</dd>
        <dt>{t('plan.summary.words')}</dt>
        <dd class="plan-text">{change.announcement.trim() || <span class="muted">{t('plan.summary.notFilled')}</span>}</dd>
      </dl>
      <LinkedEntries item={item} entries={entries} editable={editable} />
    </article>
  );
}

function LinkedEntries({ item, entries, editable }: { item: PlanItem; entries: DiaryEntry[]; editable: boolean }) {
  const t = useT();
  const locale = useLocale();
  const entryPath = pathFor(locale, { name: 'diaryEntry' });
  return (
    <div class="linked-entries">
      {/* No "0 entries": the count only once there is one. */}
      {entries.length > 0 && <h4>{t('plan.summary.diaryTitle', { count: entries.length })}</h4>}
      <EntryList entries={entries} />
      {editable && (
        <p class="linked-entries__write">
          <a href={`${entryPath}?item=${item.id}&${RETURN_PARAMETER}=${encodeURIComponent(planReturnValue(locale))}`}>{t('plan.summary.writeAbout')}</a>
        </p>
      )}
    </div>
  );
}

function EntryList({ entries }: { entries: DiaryEntry[] }) {
  const locale = useLocale();
  const entryPath = pathFor(locale, { name: 'diaryEntry' });
  if (entries.length === 0) return null;
  return (
    <ul class="linked-entries__list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`${entryPath}?id=${entry.id}&${RETURN_PARAMETER}=${encodeURIComponent(planReturnValue(locale))}`}>{formatDateTime(entry.occurredAt, locale)}</a>
          <p class="linked-entries__text">{entry.text}</p>
        </li>
      ))}
    </ul>
  );
}

/** Entries about items that are not (or no longer) start items: kept, in a small section. */
function OtherNotes({ items, entries }: { items: PlanItem[]; entries: Map<string, DiaryEntry[]> }) {
  const t = useT();
  const withEntries = items.filter((item) => (entries.get(item.id)?.length ?? 0) > 0);
  if (withEntries.length === 0) return null;
  return (
    <section class="other-notes" aria-labelledby="summary-other-notes">
      <h2 id="summary-other-notes">{t('plan.summary.otherNotes')}</h2>
      <p class="hint">{t('plan.summary.otherNotesHint')}</p>
      {withEntries.map((item) => (
        <div key={item.id} class="other-notes__item linked-entries">
          <h3>{itemLabel(t, item)}</h3>
          <EntryList entries={entries.get(item.id) ?? []} />
        </div>
      ))}
    </section>
  );
}

function ItemList({ id, title, items }: { id: string; title: string; items: PlanItem[] }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <Lines lines={items.map((item) => itemLabel(t, item))} />
    </section>
  );
}

/** `phones`: lines in the parent's own words that may hold phone numbers (supporters). */
function Lines({ lines, phones = false }: { lines: string[]; phones?: boolean }) {
  const t = useT();
  if (lines.length === 0) return <p class="muted">{t('plan.summary.nothing')}</p>;
  return (
    <ul class="plan-lines">
      {lines.map((line, index) => (
        <li key={index} class="plan-text">
          {phones ? <TextWithPhoneLinks text={line} /> : line}
        </li>
      ))}
    </ul>
  );
}
