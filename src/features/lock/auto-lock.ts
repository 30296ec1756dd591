import { DEFAULT_AUTO_LOCK_MINUTES } from '../../storage/lock/lock-config';
import { lockNow } from '../../storage/lock/lock-state';

/**
 * Locks the diary after the chosen minutes in the background (another app or tab). A timer
 * does it while the page sleeps; because browsers may freeze timers of hidden pages, the time
 * away is also checked with the clock when the page is shown again. Closing the page and
 * quick exit drop the key at once (see lock-state.ts).
 */
let minutes = DEFAULT_AUTO_LOCK_MINUTES;

/** The minutes chosen in the lock settings, kept here so hiding the page needs no database read. */
export function rememberAutoLockMinutes(next: number): void {
  minutes = next;
}

export function autoLockMinutesInUse(): number {
  return minutes;
}

/** Starts watching the page's visibility; returns a function that stops it. */
export function startAutoLock(lock: () => void = lockNow): () => void {
  let hiddenAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = () => minutes * 60_000;

  const onVisibility = () => {
    clearTimeout(timer);
    if (document.visibilityState === 'hidden') {
      hiddenAt ??= Date.now();
      timer = setTimeout(lock, limit());
      return;
    }
    const away = hiddenAt === null ? 0 : Date.now() - hiddenAt;
    hiddenAt = null;
    if (away >= limit()) lock();
  };

  document.addEventListener('visibilitychange', onVisibility);
  if (document.visibilityState === 'hidden') onVisibility();
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    clearTimeout(timer);
  };
}
