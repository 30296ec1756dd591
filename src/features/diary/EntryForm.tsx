import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import type { DiaryDraft, DraftFields } from '../../storage/diary/diary-draft';
import type { DiaryEntry } from '../../storage/diary/diary-entry';
import { onDiaryChange } from '../../storage/diary/diary-events';
import { diaryRepository } from '../../storage/diary/diary-repository';
import { draftRepository } from '../../storage/diary/draft-repository';
import { askPersistenceOnce } from '../../storage/persistence';
import { leaveNotice } from './diary-notice';
import { createDraftSaver } from './draft-saver';
import { draftKeyFor, emptyFields, entryFrom, fieldsOf, problemOf, type FieldProblem } from './entry-fields';
import { formatTime } from './format-diary-date';
import { KindChoice } from './KindChoice';
import { PlanItemChoice } from './PlanItemChoice';
import type { PlanItem } from '../../storage/plans/plan';
import { TensionChoice } from './TensionChoice';
import { leavePlanNotice } from '../plan/plan-notice';

type OtherTab = 'saved' | 'deleted' | null;

/**
 * Writing or editing one entry. Every change is kept as a draft at once; saving stores the
 * entry and removes the draft in one step. Changes made in another tab are announced here.
 * `returnTo`: the plan page's path when the entry was started from the plan (checked by the
 * entry page): saving goes back there instead of to the diary.
 */
export function EntryForm({
  entry,
  draft,
  planItems = [],
  planItemId,
  returnTo,
  afterClash = false,
}: {
  entry?: DiaryEntry;
  draft?: DiaryDraft;
  planItems?: readonly PlanItem[];
  planItemId?: string;
  returnTo?: string;
  /** Opened from "Nu even": a new event, now, with questions for after a clash. */
  afterClash?: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const { route } = useLocation();
  const key = draftKeyFor(entry?.id);
  const [fields, setFields] = useState<DraftFields>(() => draft?.fields ?? (entry ? fieldsOf(entry) : { ...emptyFields(new Date()), ...(planItemId ? { planItemId } : {}) }));
  const [base, setBase] = useState<string | undefined>(draft ? draft.baseUpdatedAt : entry?.updatedAt);
  const [restoredAt, setRestoredAt] = useState<string | null>(draft?.savedAt ?? null);
  const [problem, setProblem] = useState<FieldProblem | 'failed' | null>(null);
  const [saving, setSaving] = useState(false);
  const [otherTab, setOtherTab] = useState<OtherTab>(entry && draft && draft.baseUpdatedAt !== entry.updatedAt ? 'saved' : null);
  /** The last draft write failed: the words on screen are not all in the draft (a full disk). */
  const [draftFailed, setDraftFailed] = useState(false);
  const saver = useMemo(() => createDraftSaver((next) => draftRepository.save(next), (stored) => setDraftFailed(!stored)), []);
  const closed = useRef(false);
  const text = useRef<HTMLTextAreaElement>(null);
  const problemRef = useRef<HTMLParagraphElement>(null);

  // The cursor starts in the text, at its end when a draft was restored.
  useEffect(() => {
    const area = text.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }, []);

  useEffect(
    () =>
      onDiaryChange((change, fromOtherTab) => {
        if (!fromOtherTab || !entry) return;
        if ((change.type === 'saved' || change.type === 'restored') && change.id === entry.id) setOtherTab('saved');
        if (change.type === 'deleted' && change.id === entry.id) setOtherTab('deleted');
      }),
    [entry],
  );

  const change = (patch: Partial<DraftFields>) => {
    const next = { ...fields, ...patch };
    if (next.planItemId === undefined) delete next.planItemId;
    setFields(next);
    setProblem(null);
    if (closed.current) return;
    saver.write({ key, ...(base !== undefined ? { baseUpdatedAt: base } : {}), savedAt: new Date().toISOString(), fields: next });
  };

  const discardDraft = async () => {
    await saver.idle();
    await draftRepository.discard(key);
    setFields(entry ? fieldsOf(entry) : emptyFields(new Date()));
    setBase(entry?.updatedAt);
    setRestoredAt(null);
    text.current?.focus();
  };

  const showOtherVersion = async () => {
    if (!entry) return;
    const stored = await diaryRepository.get(entry.id);
    await saver.idle();
    await draftRepository.discard(key);
    if (stored) {
      setFields(fieldsOf(stored));
      setBase(stored.updatedAt);
    }
    setOtherTab(null);
    setRestoredAt(null);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const found = problemOf(fields);
    if (found) {
      setProblem(found);
      queueMicrotask(() => problemRef.current?.focus());
      return;
    }
    setSaving(true);
    closed.current = true;
    try {
      await saver.idle();
      const next = entryFrom(fields, { ...(entry ? { existing: entry } : {}), newId: () => crypto.randomUUID(), now: new Date() });
      const result = await diaryRepository.save(next, { draftKey: key, ...(entry ? { baseUpdatedAt: base ?? entry.updatedAt } : {}) });
      void askPersistenceOnce().catch(() => null);
      if (returnTo) {
        leavePlanNotice('entrySaved');
        route(returnTo);
      } else {
        leaveNotice({ type: 'saved', replacedOther: result.replacedOther });
        route(pathFor(locale, { name: 'diary' }));
      }
    } catch {
      closed.current = false;
      setSaving(false);
      setProblem('failed');
      queueMicrotask(() => problemRef.current?.focus());
    }
  };

  const remove = async () => {
    if (!entry) return;
    closed.current = true;
    await saver.idle();
    const removed = await diaryRepository.remove(entry.id);
    leaveNotice({ type: 'deleted', entry: removed ?? entry });
    route(pathFor(locale, { name: 'diary' }));
  };

  return (
    <form class="entry-form" onSubmit={save} noValidate>
      {restoredAt && (
        <div class="notice" role="status">
          <p>{t('diary.editor.draftRestored', { time: formatTime(restoredAt, locale) })}</p>
          <button type="button" class="button" onClick={() => void discardDraft()}>
            {t('diary.editor.discardDraft')}
          </button>
        </div>
      )}
      {otherTab && (
        <div class="notice notice--warning" role="alert">
          <p>{t(otherTab === 'saved' ? 'diary.editor.otherTabSaved' : 'diary.editor.otherTabDeleted')}</p>
          {otherTab === 'saved' && (
            <button type="button" class="button" onClick={() => void showOtherVersion()}>
              {t('diary.editor.showOther')}
            </button>
          )}
        </div>
      )}

      <KindChoice value={fields.kind} onChange={(kind) => change({ kind })} />

      <div class="field">
        <label for="entry-text">{t('diary.editor.text')}</label>
        {afterClash && (
          <p class="entry-prompt" id="entry-prompt">
            {t('diary.editor.afterClash')}
          </p>
        )}
        <p class="hint" id="entry-text-hint">
          {t('diary.editor.textHint')}
        </p>
        <textarea
          id="entry-text"
          ref={text}
          rows={8}
          autocomplete="off"
          value={fields.text}
          aria-describedby={afterClash ? 'entry-prompt entry-text-hint' : 'entry-text-hint'}
          aria-invalid={problem === 'empty' || problem === 'tooLong' ? true : undefined}
          onInput={(event) => change({ text: event.currentTarget.value })}
        />
        {draftFailed && (
          <p class="field__error" role="alert">
            {t('diary.editor.draftFailed')}
          </p>
        )}
      </div>

      <TensionChoice value={fields.tension} onChange={(tension) => change({ tension })} />

      <PlanItemChoice items={planItems} value={fields.planItemId} onChange={(id) => change({ planItemId: id } as Partial<DraftFields>)} />

      <div class="field">
        <label for="entry-when">{t('diary.editor.when')}</label>
        <input
          id="entry-when"
          type="datetime-local"
          value={fields.occurredAtLocal}
          aria-invalid={problem === 'date' ? true : undefined}
          onInput={(event) => change({ occurredAtLocal: event.currentTarget.value })}
        />
      </div>

      <div class="field">
        <label for="entry-tags">{t('diary.editor.tags')}</label>
        <p class="hint" id="entry-tags-hint">
          {t('diary.editor.tagsHint')}
        </p>
        <input id="entry-tags" type="text" value={fields.tagsText} aria-describedby="entry-tags-hint" autocomplete="off" onInput={(event) => change({ tagsText: event.currentTarget.value })} />
      </div>

      {problem && (
        <p class="form-problem" role="alert" tabIndex={-1} ref={problemRef}>
          {t(problem === 'failed' ? (draftFailed ? 'diary.editor.problems.failedNoDraft' : 'diary.editor.problems.failed') : `diary.editor.problems.${problem}`)}
        </p>
      )}

      <div class="form-actions">
        <button type="submit" class="button button--primary" disabled={saving}>
          {saving ? t('diary.editor.saving') : t('diary.editor.save')}
        </button>
        {entry && (
          <button type="button" class="button button--danger" disabled={saving} onClick={() => void remove()}>
            {t('diary.editor.delete')}
          </button>
        )}
      </div>
      <p>{returnTo ? <a href={returnTo}>{t('diary.editor.backToPlan')}</a> : <a href={pathFor(locale, { name: 'diary' })}>{t('diary.editor.back')}</a>}</p>
    </form>
  );
}
