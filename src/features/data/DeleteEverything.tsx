import { useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { backupRepository, type DeviceCounts } from '../../storage/backup-repository';
import { applyTextSize } from '../settings/text-size';
import { ConfirmDialog } from './ConfirmDialog';

/** "Delete all data", behind a confirmation that says exactly what will be gone. */
export function DeleteEverything() {
  const t = useT();
  const [counts, setCounts] = useState<DeviceCounts | null>(null);
  const [done, setDone] = useState<'done' | 'failed' | null>(null);

  const ask = async () => {
    setDone(null);
    setCounts(await backupRepository.counts());
  };

  const erase = async () => {
    setCounts(null);
    try {
      await backupRepository.eraseEverything();
      applyTextSize();
      setDone('done');
    } catch {
      setDone('failed');
    }
  };

  return (
    <section class="panel panel--danger" aria-labelledby="delete-title">
      <h2 id="delete-title">{t('data.delete.title')}</h2>
      <p>{t('data.delete.intro')}</p>
      <p>
        <button type="button" class="button button--danger" onClick={() => void ask()}>
          {t('data.delete.button')}
        </button>
      </p>
      <div role="status">{done === 'done' && <p>{t('data.delete.done')}</p>}</div>
      {done === 'failed' && (
        <p class="form-problem" role="alert">
          {t('data.delete.failed')}
        </p>
      )}
      <ConfirmDialog
        open={counts !== null}
        title={t('data.delete.confirmTitle')}
        confirmLabel={t('data.delete.confirm')}
        cancelLabel={t('data.cancel')}
        danger
        onConfirm={() => void erase()}
        onCancel={() => setCounts(null)}
      >
        <p>{t('data.delete.willGo')}</p>
        <ul>
          <li>{t('data.delete.entries', { count: counts?.diary ?? 0 })}</li>
          <li>{t('data.delete.plans', { count: counts?.plans ?? 0 })}</li>
          <li>{t('data.delete.drafts', { count: counts?.drafts ?? 0 })}</li>
          <li>{t('data.delete.reading')}</li>
          <li>{t('data.delete.recommendations')}</li>
          <li>{t('data.delete.settings')}</li>
        </ul>
        <p>
          <strong>{t('data.delete.final')}</strong>
        </p>
      </ConfirmDialog>
    </section>
  );
}
