import { useEffect, useState } from 'preact/hooks';
import { lockRepository } from '../../storage/lock/lock-repository';
import { lockStatus, onLockStatus, type LockStatus } from '../../storage/lock/lock-state';

/**
 * The lock's status for this tab, kept current: it changes at once when the key is dropped
 * (lock now, auto-lock, leaving the page), and is read again when another tab changed the lock
 * (the status then becomes 'unknown'). 'failed': the database could not be read at all.
 */
export function useLockStatus(): LockStatus | 'failed' {
  const [status, setStatus] = useState<LockStatus | 'failed'>(lockStatus);

  useEffect(() => {
    let live = true;
    const read = () => {
      lockRepository.status().then(
        (next) => live && setStatus(next),
        () => live && setStatus('failed'),
      );
    };
    const stop = onLockStatus((next) => {
      if (!live) return;
      setStatus(next);
      if (next === 'unknown') read();
    });
    if (lockStatus() === 'unknown') read();
    else setStatus(lockStatus());
    return () => {
      live = false;
      stop();
    };
  }, []);

  return status;
}
