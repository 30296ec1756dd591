import { useRegisterSW } from 'virtual:pwa-register/preact';
import { useT } from './i18n';

/** How often an open app asks the server for a new version. */
const UPDATE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Lets the waiting version take over, then reloads into it. The reload is ours: the register
 * helper reloads only pages that had a controller when they loaded, so a page opened on the
 * very first visit (controlled later, through clients.claim) would otherwise stay on the old
 * version after the parent said yes. Drafts are stored at every keystroke, so nothing is lost.
 */
function applyUpdate(updateServiceWorker: (reload?: boolean) => Promise<void>): void {
  navigator.serviceWorker?.addEventListener('controllerchange', () => location.reload(), { once: true });
  void updateServiceWorker(true);
}

/**
 * Registers the service worker and tells the parent, calmly, when a new version is ready.
 * The new version is applied only when the parent chooses "refresh".
 */
export function UpdatePrompt() {
  const t = useT();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady],
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

  if (needRefresh) {
    return (
      <div class="toast" role="status">
        <p>{t('update.available')}</p>
        <div class="toast__actions">
          <button type="button" class="button button--primary" onClick={() => applyUpdate(updateServiceWorker)}>
            {t('update.reload')}
          </button>
          <button type="button" class="button" onClick={() => setNeedRefresh(false)}>
            {t('update.later')}
          </button>
        </div>
      </div>
    );
  }
  // "Works offline now" is news, not a question: a quiet line at the end of the page, never a
  // box over a form or the text (the usability review, P7). It stays until the next page load.
  if (offlineReady) {
    return (
      <p class="offline-ready" role="status">
        {t('update.offlineReady')}
      </p>
    );
  }
  return null;
}
