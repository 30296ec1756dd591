import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { lockRepository } from '../../storage/lock/lock-repository';
import { lockNow } from '../../storage/lock/lock-state';
import { autoLockMinutesInUse, rememberAutoLockMinutes } from './auto-lock';
import { AutoLockChoice } from './AutoLockChoice';
import { ChangePasscode } from './ChangePasscode';
import { DisableLock } from './DisableLock';
import { PasskeySettings } from './passkey/PasskeySettings';
import { unlockedWithWeakPasscode } from './weak-passcode';

/** While the lock is on (and open): lock now, the auto-lock time (saved at once), change the passcode, switch off. */
export function LockOnSettings({ onDisabled }: { onDisabled: () => void }) {
  const t = useT();
  const [minutes, setMinutes] = useState(autoLockMinutesInUse);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    let live = true;
    void lockRepository.autoLockMinutes().then((stored) => live && setMinutes(stored), () => undefined);
    return () => {
      live = false;
    };
  }, []);

  const choose = async (next: number) => {
    setMinutes(next);
    setSaved(false);
    rememberAutoLockMinutes(next);
    // Kept for this visit even if storing fails; "Saved." only shows once it is stored.
    setSaved(await lockRepository.setAutoLockMinutes(next).then(() => true, () => false));
  };

  return (
    <>
      {unlockedWithWeakPasscode() && (
        <p class="notice lock-weak-notice">
          <a href="#lock-change-title">{t('lock.weakNotice')}</a>
        </p>
      )}
      <section class="panel" aria-labelledby="lock-now-title">
        <h2 id="lock-now-title">{t('lock.now.title')}</h2>
        <p>{t('lock.now.text')}</p>
        <p>
          <button type="button" class="button button--primary" onClick={lockNow}>
            {t('lock.now.button')}
          </button>
        </p>
      </section>
      <AutoLockChoice name="lock-minutes" value={minutes} onChange={(next) => void choose(next)}>
        <p role="status" class="status--saved">
          {saved ? t('lock.autoLock.saved') : ''}
        </p>
      </AutoLockChoice>
      <PasskeySettings />
      <ChangePasscode />
      <DisableLock onDisabled={onDisabled} />
    </>
  );
}
