import { useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { backupRepository, type DeviceCounts } from '../../storage/backup-repository';
import { ConfirmDialog } from '../data/ConfirmDialog';

/**
 * "Forgot your passcode?": says plainly that nobody can recover it, and offers the only way
 * on: delete everything on this device and start again, behind a confirmation that lists
 * what will be gone. Counting needs no key; the page reloads empty afterwards.
 */
export function ForgotPasscode() {
  const t = useT();
  const [counts, setCounts] = useState<DeviceCounts | null>(null);
  const [failed, setFailed] = useState(false);

  const ask = async () => {
    setFailed(false);
    try {
      setCounts(await backupRepository.counts());
    } catch {
      setFailed(true);
    }
  };

  const erase = async () => {
    setCounts(null);
    try {
      await backupRepository.eraseEverything();
      location.reload();
    } catch {
      setFailed(true);
    }
  };

  return (
    <>
      <details class="disclosure lock-forgot">
        <summary>{t('lock.forgot.summary')}</summary>
        <div class="lock-forgot__body">
          <p>{t('lock.forgot.stored')}</p>
          <p>{t('lock.forgot.think')}</p>
          <p>{t('lock.forgot.start')}</p>
          <p>
            <button type="button" class="button button--danger" onClick={() => void ask()}>
              {t('lock.forgot.button')}
            </button>
          </p>
          {failed && (
            <p class="form-problem" role="alert">
              {t('lock.forgot.failed')}
            </p>
          )}
        </div>
      </details>
      <ConfirmDialog
        open={counts !== null}
        title={t('lock.forgot.confirmTitle')}
        confirmLabel={t('lock.forgot.confirm')}
        cancelLabel={t('lock.forgot.cancel')}
        danger
        onConfirm={() => void erase()}
        onCancel={() => setCounts(null)}
      >
        <p>{t('lock.forgot.willGo')}</p>
        <ul>
          <li>{t('lock.forgot.entries', { count: counts?.diary ?? 0 })}</li>
          <li>{t('lock.forgot.plans', { count: counts?.plans ?? 0 })}</li>
          {(counts?.drafts ?? 0) > 0 && <li>{t('lock.forgot.drafts', { count: counts?.drafts ?? 0 })}</li>}
          <li>{t('lock.forgot.rest')}</li>
        </ul>
        <p>
          <strong>{t('lock.forgot.final')}</strong>
        </p>
      </ConfirmDialog>
    </>
  );
}
