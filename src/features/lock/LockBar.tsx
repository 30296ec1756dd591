import { useT } from '../../app/i18n';
import { lockNow } from '../../storage/lock/lock-state';

/** A slim bar above a private page while the diary is open: one tap locks it. */
export function LockBar() {
  const t = useT();
  return (
    <div class="lock-bar screen-only">
      <p>{t('lock.bar.text')}</p>
      <button type="button" class="button button--small lock-bar__button" onClick={lockNow}>
        {t('lock.bar.lock')}
      </button>
    </div>
  );
}
