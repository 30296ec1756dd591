import { useEffect, useState } from 'preact/hooks';
import { useLocale, useT } from '../../app/i18n';
import { onDiaryChange } from '../../storage/diary/diary-events';
import { storageStatus, type StorageStatus } from '../../storage/persistence';
import { formatBytes } from './format-bytes';

/** Where the diary is kept, whether the browser promised to keep it, and how much space it uses. */
export function StorageStatusPanel() {
  const t = useT();
  const locale = useLocale();
  const [status, setStatus] = useState<StorageStatus | null>(null);

  useEffect(() => {
    let live = true;
    const load = () => void storageStatus().then((next) => live && setStatus(next));
    load();
    const stop = onDiaryChange(load);
    return () => {
      live = false;
      stop();
    };
  }, []);

  return (
    <section class="panel" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('data.storage.title')}</h2>
      {status === null && <p class="muted">{t('data.storage.checking')}</p>}
      {status?.kind === 'memory' && <p class="notice notice--warning">{t('data.storage.memory')}</p>}
      {status?.kind === 'indexeddb' && (
        <>
          <p>{t('data.storage.onDevice')}</p>
          <p data-testid="persisted">{t(status.persisted === true ? 'data.storage.persisted' : status.persisted === false ? 'data.storage.notPersisted' : 'data.storage.persistUnknown')}</p>
          {status.usage !== null && <p data-testid="usage">{t('data.storage.usage', { size: formatBytes(status.usage, locale) })}</p>}
        </>
      )}
      <p>{t('data.storage.advice')}</p>
    </section>
  );
}
