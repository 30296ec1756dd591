import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { measureSince } from '../../app/measure';
import { onDiaryChange } from '../../storage/diary/diary-events';
import { usePageHead } from '../../app/head';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { filterEntries, isFiltering, NO_FILTER, tagsInUse, type DiaryFilter } from './diary-filter';
import { takeNotice } from './diary-notice';
import { DiaryNoticeBar, type ShownNotice } from './DiaryNoticeBar';
import { DiarySearch } from './DiarySearch';
import { DraftWaiting } from './DraftWaiting';
import { LockOffer } from './LockOffer';
import { BackupReminder } from '../keep-safe/BackupReminder';
import { InstallGuide } from '../keep-safe/InstallGuide';
import { LastBackup } from '../keep-safe/LastBackup';
import { StorageWarnings } from './StorageWarnings';
import { Timeline } from './Timeline';
import { useDiaryEntries } from './use-diary-entries';

/** Entries shown at first and added by "show older entries". */
const PAGE_SIZE = 50;

/** The diary: timeline grouped by day, search and filters, links to insight pages and backups. */
export default function DiaryPage() {
  const t = useT();
  const locale = useLocale();
  usePageHead({ title: t('diary.title') });
  const { entries, complete, storageKind, outdated } = useDiaryEntries();
  const [filter, setFilter] = useState<DiaryFilter>(NO_FILTER);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [notice, setNotice] = useState<ShownNotice | null>(() => (typeof window === 'undefined' ? null : takeNotice()));

  // Two tabs edited the same entry: the later save won; this tab, whose save was replaced, is told.
  useEffect(
    () =>
      onDiaryChange((change, fromOtherTab) => {
        if (fromOtherTab && change.type === 'saved' && change.replacedOther) setNotice({ type: 'replacedElsewhere' });
      }),
    [],
  );

  const filtering = isFiltering(filter);
  const found = useMemo(() => {
    if (!entries || (!complete && filtering)) return null;
    const started = performance.now();
    const result = filterEntries(entries, filter);
    if (filtering) measureSince('kier-diary-search', started);
    return result;
  }, [entries, complete, filter, filtering]);

  // The first screen of entries on screen: since the page load began, and since the diary opened.
  const openedAt = useRef(performance.now());
  const firstScreen = entries !== null;
  useEffect(() => {
    if (!firstScreen) return;
    measureSince('kier-diary-first-screen', 0);
    measureSince('kier-diary-open', openedAt.current);
  }, [firstScreen]);
  const tags = useMemo(() => (entries && complete ? tagsInUse(entries) : []), [entries, complete]);

  const changeFilter = (next: DiaryFilter) => {
    setFilter(next);
    setShown(PAGE_SIZE);
  };

  return (
    <div class="page diary-page">
      <h1>{t('diary.title')}</h1>
      <p class="lead">{t('diary.intro')}</p>
      <StorageWarnings storageKind={storageKind} outdated={outdated} />
      <p>
        <a class="button button--primary" href={pathFor(locale, { name: 'diaryEntry' })}>
          {t('diary.newEntry')}
        </a>
      </p>
      <DiaryNoticeBar notice={notice} onChange={setNotice} />
      <DraftWaiting />

      {entries === null && <p class="muted">{t('diary.loading')}</p>}
      {entries !== null && entries.length === 0 && (
        <>
          <p>{t('diary.empty')}</p>
        </>
      )}
      {/* The whole diary is counted: a filter does not change whether it is the first or second entry. */}
      {entries !== null && complete && (
        <>
          {/* Installing comes before the first entry: on an iPhone the home screen app keeps its own storage. */}
          <InstallGuide place="diary" entryCount={entries.length} />
          <LockOffer entryCount={entries.length} />
          {entries.length > 0 && <BackupReminder entries={entries} />}
        </>
      )}
      {entries !== null && entries.length > 0 && (
        <>
          <DiarySearch filter={filter} tags={tags} onChange={changeFilter} />
          <p class="diary-count" aria-live="polite">
            {found === null ? t('diary.loading') : filtering ? (found.length > 0 ? t('diary.search.count', { count: found.length }) : t('diary.search.none')) : complete ? t('diary.search.total', { count: found.length }) : ''}
          </p>
          {found && <Timeline entries={found} shown={shown} onShowMore={() => setShown((current) => current + PAGE_SIZE)} />}
        </>
      )}

      <nav class="panel diary-links" aria-labelledby="diary-insights">
        <h2 id="diary-insights">{t('diary.insights')}</h2>
        <ul>
          <li>
            <a href={pathFor(locale, { name: 'diaryTension' })}>{t('diary.tensionLink')}</a>
          </li>
          <li>
            <a href={pathFor(locale, { name: 'diarySummary' })}>{t('diary.summaryLink')}</a>
          </li>
          <li>
            <a href={pathFor(locale, { name: 'data' })}>{t('diary.dataLink')}</a>
          </li>
        </ul>
        <LastBackup className="muted" />
      </nav>
    </div>
  );
}
