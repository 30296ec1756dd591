import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { lockRepository } from '../../storage/lock/lock-repository';
import { listenForLockChanges } from '../../storage/lock/lock-events';
import { onLockStatus } from '../../storage/lock/lock-state';
import { rememberAutoLockMinutes, startAutoLock } from './auto-lock';
import { clearPrivateFieldsWhenLocked } from './clear-private-fields';
import { databaseUnavailable } from '../../storage/db/open-database';
import { DatabaseUnavailableNotice } from './DatabaseUnavailableNotice';
import { LockBar } from './LockBar';
import { LockScreen } from './LockScreen';
import { useLockStatus } from './use-lock-status';

/**
 * Auto-lock runs for as long as this tab holds the key, whatever page is on screen: a parent
 * who opened the diary and then reads the library must still be locked out after the chosen
 * minutes in the background. (It starts with the first private page, which loads this module.)
 */
function followTheKey(): void {
  let stop: (() => void) | null = null;
  onLockStatus((status) => {
    if (status === 'unlocked' && !stop) {
      stop = startAutoLock();
      void lockRepository.autoLockMinutes().then(rememberAutoLockMinutes, () => undefined);
    } else if (status !== 'unlocked' && stop) {
      stop();
      stop = null;
    }
  });
}

if (typeof window !== 'undefined') {
  // Other tabs tell this one when the lock is switched on or off or its passcode changes.
  listenForLockChanges();
  followTheKey();
  clearPrivateFieldsWhenLocked();
}

/** After unlocking, focus goes to the page's heading, as after a navigation. */
function focusPage(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
}

/**
 * Guards the page area of a private page (diary, plans, your data): while the status is being
 * read, a short line; while locked, the lock screen in the page's place; when the database cannot
 * be opened, what to do (DatabaseUnavailableNotice); while open, the page
 * (with a slim "Lock" bar when the lock is on). The header, with the help button, stays usable.
 */
function LockGate({ bar, children }: { bar: boolean; children: ComponentChildren }) {
  const t = useT();
  const status = useLockStatus();
  const [unlockedHere, setUnlockedHere] = useState(false);

  useEffect(() => {
    if (!unlockedHere || status !== 'unlocked') return;
    setUnlockedHere(false);
    focusPage();
  }, [unlockedHere, status]);

  if (status === 'unknown') {
    return (
      <p class="lock-loading muted" role="status">
        {t('lock.loading')}
      </p>
    );
  }
  if (status === 'locked') return <LockScreen onUnlocked={() => setUnlockedHere(true)} />;
  // The database would not open (a newer Kier holds it, an older tab blocks it): never the page,
  // which would "save" into nothing.
  if (status === 'failed') return <DatabaseUnavailableNotice reason={databaseUnavailable() ?? 'timeout'} />;
  return (
    <>
      {bar && status === 'unlocked' && <LockBar />}
      {children}
    </>
  );
}

/** Wraps a private page in the lock gate (see App.tsx). `bar: false` for the lock settings page. */
export function withLock<Props extends object>(Page: ComponentType<Props>, options: { bar?: boolean } = {}): ComponentType<Props> {
  const bar = options.bar ?? true;
  function Locked(props: Props) {
    return (
      <LockGate bar={bar}>
        <Page {...props} />
      </LockGate>
    );
  }
  Locked.displayName = `withLock(${Page.displayName ?? Page.name ?? 'Page'})`;
  return Locked;
}
