import { useEffect, useState } from 'preact/hooks';
import { useLocale, useT } from '../../app/i18n';
import { onDiaryChange } from '../../storage/diary/diary-events';
import { storageStatus, type StorageStatus } from '../../storage/persistence';
import { pathFor } from '../../app/paths';
import { LastBackup } from '../keep-safe/LastBackup';
import { useInstallPlatform } from '../keep-safe/use-install-platform';
import { isAppleMobile } from '../keep-safe/install-platform';
import { formatBytes } from './format-bytes';
import type { InstallPlatform } from '../keep-safe/install-platform';

/**
 * Whether the browser may erase the data, told truthfully for this platform: on an iPhone or iPad
 * in a Safari tab, WebKit erases a site's storage after seven days of Safari use without the
 * site (not for a home screen app, which has its own storage); elsewhere under storage pressure
 * unless the browser promised to keep it, and always when the browser's data is cleared.
 */
function keepingText(platform: InstallPlatform | null, iosInstalled: boolean, persisted: boolean | null): 'keepSafe.storage.iosTab' | 'keepSafe.storage.iosInstalled' | 'data.storage.persisted' | 'data.storage.notPersisted' | 'data.storage.persistUnknown' {
  if (platform === 'ios') return 'keepSafe.storage.iosTab';
  if (iosInstalled) return 'keepSafe.storage.iosInstalled';
  return persisted === true ? 'data.storage.persisted' : persisted === false ? 'data.storage.notPersisted' : 'data.storage.persistUnknown';
}

/** Where the diary is kept, whether the browser promised to keep it, and how much space it uses. */
export function StorageStatusPanel() {
  const t = useT();
  const locale = useLocale();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const { platform } = useInstallPlatform();
  const iosInstalled = platform === 'installed' && isAppleDevice();

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
          {platform !== null && (
            <p data-testid="installed">
              {t(platform === 'installed' ? 'keepSafe.storage.installed' : 'keepSafe.storage.notInstalled')}{' '}
              {platform !== 'installed' && <a href={`${pathFor(locale, { name: 'settings' })}#install`}>{t('keepSafe.storage.howToInstall')}</a>}
            </p>
          )}
          <p data-testid="persisted">{t(keepingText(platform, iosInstalled, status.persisted))}</p>
          {status.usage !== null && <p data-testid="usage">{t('data.storage.usage', { size: formatBytes(status.usage, locale) })}</p>}
        </>
      )}
      <LastBackup />
      <p>{t('data.storage.advice')}</p>
    </section>
  );
}

function isAppleDevice(): boolean {
  return typeof navigator !== 'undefined' && isAppleMobile(navigator.userAgent, navigator.maxTouchPoints ?? 0);
}
