import { useEffect, useRef, useState } from 'preact/hooks';
import { usePageHead } from '../../app/head';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { LockOnSettings } from './LockOnSettings';
import { LockSetup } from './LockSetup';
import { useLockStatus } from './use-lock-status';
import { withLock } from './with-lock';

type Notice = 'enabled' | 'disabled' | null;

/**
 * Settings › Diary lock (`/nl/instellingen/slot`). Off: the form to switch it on first, then
 * behind "Hoe werkt het?" what the lock does, what happens if the passcode is forgotten and what
 * stays readable. On: lock now, the
 * auto-lock time, change the passcode, switch it off. While locked, the lock screen shows first.
 */
function LockPage() {
  const t = useT();
  const locale = useLocale();
  usePageHead({ title: t('lock.title') });
  const status = useLockStatus();
  const [notice, setNotice] = useState<Notice>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  // After switching on or off the page changes under the parent's hands: say what happened, and start there.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const on = status === 'unlocked';
  // What holds and what does not, in a few plain lines (room for more below the last one).
  const holds = (
    <section class="panel" aria-labelledby="lock-holds-title">
      <h2 id="lock-holds-title">{t('lock.holds.title')}</h2>
      <ul class="lock-holds">
        <li>{t('lock.holds.yes')}</li>
        <li>{t('lock.holds.noCode')}</li>
        <li>{t('lock.holds.open')}</li>
        <li>{t('lock.holds.malware')}</li>
        <li>{t('lock.holds.passkey')}</li>
        <li>{t('lock.holds.before')}</li>
      </ul>
      <p>
        {t('lock.holds.cleanStart')} <a href={pathFor(locale, { name: 'data' })}>{t('lock.holds.toData')}</a>
      </p>
    </section>
  );
  const privacy = (
    <section class="panel" aria-labelledby="lock-privacy-title">
      <h2 id="lock-privacy-title">{t('lock.privacy.title')}</h2>
      <p>{t('lock.privacy.text')}</p>
    </section>
  );
  return (
    <div class="page lock-page">
      <h1>{t('lock.title')}</h1>
      <p class="lead">{t('lock.intro')}</p>
      <div role="status">
        {notice && (
          <p ref={noticeRef} tabIndex={-1} class="notice lock-notice">
            {t(notice === 'enabled' ? 'lock.setup.done' : 'lock.off.done')}
          </p>
        )}
      </div>
      <p class={on ? 'lock-state lock-state--on' : 'lock-state'}>
        <strong>{t(on ? 'lock.statusOn' : 'lock.statusOff')}</strong>
      </p>
      {on ? (
        <>
          <LockOnSettings onDisabled={() => setNotice('disabled')} />
          {holds}
          {privacy}
        </>
      ) : (
        <>
          <LockSetup onEnabled={() => setNotice('enabled')} />
          {/* The form first; the explanation (all of it, also what stays readable) one tap away. */}
          <details class="disclosure lock-how">
            <summary>{t('lock.how')}</summary>
            <div class="lock-how__body">
              <section aria-labelledby="lock-what-title">
                <h2 id="lock-what-title">{t('lock.what.title')}</h2>
                <p>{t('lock.what.encrypt')}</p>
                <p>{t('lock.what.ask')}</p>
                <p>{t('lock.what.auto')}</p>
                <p>{t('lock.what.free')}</p>
              </section>
              {holds}
              <section aria-labelledby="lock-forget-title">
                <h2 id="lock-forget-title">{t('lock.forget.title')}</h2>
                <p>{t('lock.forget.text')}</p>
                <p>{t('lock.forget.tip')}</p>
              </section>
              {privacy}
            </div>
          </details>
        </>
      )}
      <p>
        <a href={pathFor(locale, { name: 'settings' })}>{t('lock.backToSettings')}</a>
      </p>
    </div>
  );
}

export default withLock(LockPage, { bar: false });
