import type { ComponentType } from 'preact';
import { ErrorBoundary, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { HomePage } from '../features/home/HomePage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { RootPage } from '../features/root/RootPage';
import { LocaleContext, localeOfPath } from './i18n';
import { lazyRoute } from './lazy-route';
import { LOCALES } from './locales';
import { SEGMENTS } from './paths';
import { Shell } from './Shell';
import type { StringPart } from './string-parts';

// Each route brings the parts of the UI strings it shows (see string-parts.ts).
const LibraryPage = lazyRoute(['library'], () => import('../features/library/LibraryPage'));
const ReaderPage = lazyRoute(['library', 'reader', 'help', 'settings'], () => import('../features/reader/ReaderPage'));
const HelpPage = lazyRoute(['help'], () => import('../features/help/HelpPage'));
const SettingsPage = lazyRoute(['settings', 'help', 'recommend', 'lock', 'keepSafe'], () => import('../features/settings/SettingsPage'));
const CounsellorPage = lazyRoute(['recommend', 'library'], () => import('../features/recommend/CounsellorPage'));
const RecommendationPage = lazyRoute(['recommend', 'library'], () => import('../features/recommend/RecommendationPage'));
// Private pages (diary, plans, your data) sit behind the diary lock: while it is locked, the lock
// screen shows in their place (see features/lock/with-lock.tsx). The library and help never are.
const lockedRoute = <Props extends object>(parts: StringPart[], load: () => Promise<{ default: ComponentType<Props> }>) =>
  lazyRoute<Props>([...parts, 'lock'], () => Promise.all([load(), import('../features/lock/with-lock')]).then(([page, lock]) => ({ default: lock.withLock(page.default) })));
const DiaryPage = lockedRoute(['diary', 'keepSafe'], () => import('../features/diary/DiaryPage'));
const EntryPage = lockedRoute(['diary', 'plan'], () => import('../features/diary/EntryPage'));
const TensionPage = lockedRoute(['diary', 'insights'], () => import('../features/diary/insights/TensionPage'));
const SummaryPage = lockedRoute(['diary', 'insights'], () => import('../features/diary/insights/SummaryPage'));
const DataPage = lockedRoute(['data', 'keepSafe'], () => import('../features/data/DataPage'));
const PlanPage = lockedRoute(['plan', 'diary', 'keepSafe'], () => import('../features/plan/PlanPage'));
const PlanBuilderPage = lockedRoute(['plan', 'help', 'diary'], () => import('../features/plan/PlanBuilderPage'));
const LockPage = lazyRoute(['lock'], () => import('../features/lock/LockPage'));
// "Nu even" reads the plan's supporters through the repository; it is never behind the lock itself.
const RightNowPage = lazyRoute(['rightNow', 'help'], () => import('../features/right-now/RightNowPage'));

const localizedRoutes = LOCALES.flatMap((locale) => [
  <Route key={`${locale}-home`} path={`/${locale}`} component={HomePage} />,
  <Route key={`${locale}-library`} path={`/${locale}/${SEGMENTS.library[locale]}`} component={LibraryPage} />,
  <Route key={`${locale}-module`} path={`/${locale}/m/:id`} component={ReaderPage} />,
  <Route key={`${locale}-help`} path={`/${locale}/${SEGMENTS.help[locale]}`} component={HelpPage} />,
  <Route key={`${locale}-settings`} path={`/${locale}/${SEGMENTS.settings[locale]}`} component={SettingsPage} />,
  <Route key={`${locale}-counsellor`} path={`/${locale}/${SEGMENTS.counsellor[locale]}`} component={CounsellorPage} />,
  <Route key={`${locale}-recommendation`} path={`/${locale}/${SEGMENTS.recommendation[locale]}`} component={RecommendationPage} />,
  <Route key={`${locale}-diary`} path={`/${locale}/${SEGMENTS.diary[locale]}`} component={DiaryPage} />,
  <Route key={`${locale}-diary-entry`} path={`/${locale}/${SEGMENTS.diaryEntry[locale]}`} component={EntryPage} />,
  <Route key={`${locale}-diary-tension`} path={`/${locale}/${SEGMENTS.diaryTension[locale]}`} component={TensionPage} />,
  <Route key={`${locale}-diary-summary`} path={`/${locale}/${SEGMENTS.diarySummary[locale]}`} component={SummaryPage} />,
  <Route key={`${locale}-data`} path={`/${locale}/${SEGMENTS.data[locale]}`} component={DataPage} />,
  <Route key={`${locale}-plan`} path={`/${locale}/${SEGMENTS.plan[locale]}`} component={PlanPage} />,
  <Route key={`${locale}-plan-step`} path={`/${locale}/${SEGMENTS.planStep[locale]}`} component={PlanBuilderPage} />,
  <Route key={`${locale}-lock`} path={`/${locale}/${SEGMENTS.lock[locale]}`} component={LockPage} />,
  <Route key={`${locale}-right-now`} path={`/${locale}/${SEGMENTS.rightNow[locale]}`} component={RightNowPage} />,
]);

function LocalizedApp() {
  const { path } = useLocation();
  const locale = localeOfPath(path);
  return (
    <LocaleContext.Provider value={locale}>
      <Shell>
        <ErrorBoundary>
          <Router>
            <Route path="/" component={RootPage} />
            {localizedRoutes}
            <Route default component={NotFoundPage} />
          </Router>
        </ErrorBoundary>
      </Shell>
    </LocaleContext.Provider>
  );
}

export function App({ url }: { url?: string }) {
  return (
    <LocationProvider {...(url ? { url } : {})}>
      <LocalizedApp />
    </LocationProvider>
  );
}
