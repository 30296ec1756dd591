import { useEffect } from 'preact/hooks';
import { useRegisterSW } from 'virtual:pwa-register/preact';
import { useT } from './i18n';

/** How often an open app asks the server for a new version. */
const UPDATE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Registers the service worker and tells the parent, calmly, when a new version is ready.
 * The new version is applied only when the parent chooses "refresh".
 */
export function UpdatePrompt() {
  const t = useT();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const check = () => {
        if (navigator.onLine) void registration.update().catch(() => undefined);
      };
      setInterval(check, UPDATE_INTERVAL_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
    },
  });

  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setOfflineReady(false), 6000);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);

  if (needRefresh) {
    return (
      <div class="toast" role="status">
        <p>{t('update.available')}</p>
        <div class="toast__actions">
          <button type="button" class="button button--primary" onClick={() => void updateServiceWorker(true)}>
            {t('update.reload')}
          </button>
          <button type="button" class="button" onClick={() => setNeedRefresh(false)}>
            {t('update.later')}
          </button>
        </div>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div class="toast" role="status">
        <p>{t('update.offlineReady')}</p>
        <div class="toast__actions">
          <button type="button" class="button" onClick={() => setOfflineReady(false)}>
            {t('update.close')}
          </button>
        </div>
      </div>
    );
  }
  return null;
}
