import { useT } from '../../app/i18n';

/** Says plainly when nothing is kept (private mode) or when another tab runs a newer version. */
export function StorageWarnings({ storageKind, outdated }: { storageKind: 'indexeddb' | 'memory' | null; outdated: boolean }) {
  const t = useT();
  return (
    <>
      {storageKind === 'memory' && (
        <p class="notice notice--warning" role="alert">
          {t('diary.memoryWarning')}
        </p>
      )}
      {outdated && (
        <div class="notice notice--warning" role="alert">
          <p>{t('diary.outdated')}</p>
          <button type="button" class="button" onClick={() => location.reload()}>
            {t('diary.reload')}
          </button>
        </div>
      )}
    </>
  );
}
