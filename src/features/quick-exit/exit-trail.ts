/**
 * Quick exit's history trail. `location.replace` swaps only the current history entry: every other
 * Kier page the parent opened in this tab would stay one Back press away from the neutral site.
 * So quick exit first steps back to the first of Kier's own entries in this tab, then replaces that
 * one; Back then leads to what came before Kier. The browser usually drops the entries after
 * it too, but not always: on a busy device Chromium was seen to keep one Kier entry ahead, which
 * a Forward press from the neutral site would show (tests/e2e/quick-exit-history.spec.ts).
 *
 * Which entries are Kier's own comes from the Navigation API (`navigation.entries()`: the tab's
 * entries of this origin, the run around the current one). Where a browser lacks it, quick exit
 * replaces the current entry only, and the help page says what stays behind.
 *
 * Stepping back may land on another document (a page that was loaded in full): that page finishes
 * the exit as it starts (`finishPendingExit`, called first thing in main.tsx). The pending address
 * is kept in sessionStorage (this tab only) and removed before leaving, so coming back to Kier later
 * does not leave again.
 */
const PENDING_KEY = 'kier:quick-exit:pending';
/** When stepping back has not brought us anywhere in this time, leave from where we are. */
const STEP_BACK_TIMEOUT_MS = 3000;

interface NavigationLike {
  currentEntry: { index: number } | null;
  entries(): { key: string; index: number }[];
  traverseTo(key: string): { committed: Promise<unknown>; finished: Promise<unknown> };
}

function navigationApi(): NavigationLike | null {
  const api = (globalThis as { navigation?: NavigationLike }).navigation;
  return api && typeof api.entries === 'function' && typeof api.traverseTo === 'function' ? api : null;
}

/** How many of Kier's own entries come before the current one in this tab (0 when unknown). */
export function ownEntriesBefore(api: NavigationLike | null = navigationApi()): number {
  const index = api?.currentEntry?.index ?? 0;
  return index > 0 ? index : 0;
}

/** Empties the screen at once, so nothing of Kier shows while the neutral site loads. */
export function blankScreen(): void {
  document.title = '';
  document.documentElement.setAttribute('data-leaving', 'true');
  document.body.replaceChildren();
}

function readPending(): string | null {
  try {
    return sessionStorage.getItem(PENDING_KEY);
  } catch {
    return null;
  }
}

function setPending(url: string | null): void {
  try {
    if (url === null) sessionStorage.removeItem(PENDING_KEY);
    else sessionStorage.setItem(PENDING_KEY, url);
  } catch {
    // Storage refused: stepping back still works within this page; across pages we leave from here.
  }
}

/** Replaces the current entry with the neutral site (the last step, and the fallback). */
function leaveFromHere(url: string): void {
  setPending(null);
  window.location.replace(url);
}

/**
 * Leaves for `url`, taking Kier's own history entries in this tab along. The screen is blank at
 * once; the neutral site follows as soon as the browser has stepped back.
 */
export function leaveWithoutTrail(url: string, api: NavigationLike | null = navigationApi()): void {
  blankScreen();
  const before = ownEntriesBefore(api);
  const first = api?.entries()[0];
  if (!api || before === 0 || !first) {
    leaveFromHere(url);
    return;
  }
  setPending(url);
  // Same document: the step back lands here (popstate). Another document: that page finishes.
  const onArrived = () => leaveFromHere(url);
  window.addEventListener('popstate', onArrived, { once: true });
  const fallback = setTimeout(() => leaveFromHere(url), STEP_BACK_TIMEOUT_MS);
  window.addEventListener('pagehide', () => clearTimeout(fallback), { once: true });
  try {
    const result = api.traverseTo(first.key);
    result.committed.catch(() => leaveFromHere(url));
    result.finished.catch(() => undefined);
  } catch {
    leaveFromHere(url);
  }
}

/**
 * Called first thing on every page start and on a return from the back-forward cache: when a
 * quick exit is under way in this tab, finish it here. Returns true when the page is leaving.
 */
export function finishPendingExit(isSafe: (url: string) => boolean): boolean {
  const url = readPending();
  if (url === null) return false;
  setPending(null);
  if (!isSafe(url)) return false;
  blankScreen();
  window.location.replace(url);
  return true;
}

/** True where quick exit can step over all of Kier's own entries (the Navigation API is there). */
export function canSkipOwnEntries(): boolean {
  return navigationApi() !== null;
}
