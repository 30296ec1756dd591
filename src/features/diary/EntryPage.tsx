import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { usePageHead } from '../../app/head';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import type { DiaryDraft } from '../../storage/diary/diary-draft';
import { ENTRY_LIMITS, type DiaryEntry } from '../../storage/diary/diary-entry';
import { diaryRepository } from '../../storage/diary/diary-repository';
import { draftRepository } from '../../storage/diary/draft-repository';
import { draftKeyFor } from './entry-fields';
import { EntryForm } from './EntryForm';
import { LockOfferLine } from './LockOffer';
import { StorageWarnings } from './StorageWarnings';
import type { PlanItem } from '../../storage/plans/plan';
import { startItems } from '../plan/plan-edits';
import { loadPlans } from '../plan/plan-store';
import { CurrentPlanItems } from './PlanItemChoice';
import { RETURN_PARAMETER, returnPathFrom } from '../plan/plan-return';

type Loaded =
  | { status: 'loading' }
  | { status: 'notFound' }
  | { status: 'ready'; entry?: DiaryEntry; draft?: DiaryDraft; storageKind: 'indexeddb' | 'memory'; planItems: PlanItem[]; allPlanItems: PlanItem[]; first: boolean };

const ENTRY_ID = /^[A-Za-z0-9_-]+$/;

/** The id in `?id=` when it can be an entry id; absent for a new entry. */
function entryIdOf(query: Record<string, string>): string | null | undefined {
  const id = query.id;
  if (id === undefined || id === '') return undefined;
  return ENTRY_ID.test(id) && id.length <= ENTRY_LIMITS.idLength ? id : null;
}

/** `/nl/dagboek/notitie` (new) and `/nl/dagboek/notitie?id=…` (edit). */
export default function EntryPage() {
  const t = useT();
  const locale = useLocale();
  const { query } = useLocation();
  const id = entryIdOf(query);
  // "Write an entry about this" on the plan page opens a new entry with `?item=<plan item id>`.
  const startingItem = id === undefined ? query.item : undefined;
  // From the plan page, `?terug=` brings the parent back to her plan after saving (only that path).
  const returnTo = returnPathFrom(query[RETURN_PARAMETER], locale);
  // From "Nu even" (`?na=nu-even`): a new entry about what just happened, with a few questions.
  const afterClash = id === undefined && query.na === 'nu-even';
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  usePageHead({ title: id === undefined ? t('diary.editor.newTitle') : t('diary.editor.editTitle') });

  useEffect(() => {
    let live = true;
    setLoaded({ status: 'loading' });
    const load = async (): Promise<Loaded> => {
      if (id === null) return { status: 'notFound' };
      // loadPlans waits for a plan change still being saved (e.g. a start item just chosen).
      const [entry, draft, storageKind, plans, count] = await Promise.all([
        id === undefined ? Promise.resolve(undefined) : diaryRepository.get(id),
        draftRepository.get(draftKeyFor(id)),
        diaryRepository.storageKind(),
        loadPlans(),
        id === undefined ? diaryRepository.count() : Promise.resolve(1),
      ]);
      if (id !== undefined && !entry) return { status: 'notFound' };
      const plan = plans[0];
      const planItems = plan ? startItems(plan) : [];
      return { status: 'ready', ...(entry ? { entry } : {}), ...(draft ? { draft } : {}), storageKind, planItems, allPlanItems: plan?.items ?? [], first: count === 0 };
    };
    void load().then((next) => live && setLoaded(next));
    return () => {
      live = false;
    };
  }, [id]);

  return (
    <div class="page entry-page">
      <h1>{id === undefined ? t('diary.editor.newTitle') : t('diary.editor.editTitle')}</h1>
      {loaded.status === 'loading' && <p class="muted">{t('diary.loading')}</p>}
      {loaded.status === 'notFound' && (
        <>
          <p>{t('diary.editor.notFound')}</p>
          <p>
            <a href={pathFor(locale, { name: 'diary' })}>{t('diary.editor.back')}</a>
          </p>
        </>
      )}
      {loaded.status === 'ready' && (
        <>
          <StorageWarnings storageKind={loaded.storageKind} outdated={false} />
          {/* The first entry ever, with the lock off: the lock is best switched on before writing. */}
          {loaded.first && <LockOfferLine before />}
          <CurrentPlanItems.Provider value={loaded.allPlanItems}>
            <EntryForm
              key={id ?? 'new'}
              {...(loaded.entry ? { entry: loaded.entry } : {})}
              {...(loaded.draft ? { draft: loaded.draft } : {})}
              planItems={loaded.planItems}
              {...(returnTo ? { returnTo } : {})}
              afterClash={afterClash}
              {...(startingItem && loaded.planItems.some((item) => item.id === startingItem) ? { planItemId: startingItem } : {})}
            />
          </CurrentPlanItems.Provider>
        </>
      )}
    </div>
  );
}
