/**
 * The one part of the install prompt that must run at start-up: Chromium fires
 * `beforeinstallprompt` once, early, on any page. Kept tiny because every first page loads it;
 * the rest (install-prompt.ts) comes with the install guidance.
 */
export const keptPrompt: { event: Event | null; installed: boolean; changed?: () => void } = {
  event: null,
  installed: false,
};

export function listenForInstallPrompt(): void {
  addEventListener('beforeinstallprompt', (event) => {
    // Keeps the browser's own mini-bar away: the guidance offers it, calmly, where it fits.
    event.preventDefault();
    keptPrompt.event = event;
    keptPrompt.changed?.();
  });
  addEventListener('appinstalled', () => {
    keptPrompt.event = null;
    keptPrompt.installed = true;
    keptPrompt.changed?.();
  });
}
