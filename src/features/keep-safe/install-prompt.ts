/**
 * Chromium's own install prompt. `listenForInstallPrompt` (install-prompt-early.ts, called at
 * start-up in main.tsx) keeps the event so the install guidance can show the browser's prompt when
 * the parent taps "Installeren". Nothing is shown without that tap.
 */
import { keptPrompt } from './install-prompt-early';

interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const listeners = new Set<() => void>();

keptPrompt.changed = () => {
  for (const listener of listeners) listener();
};

export function canShowInstallPrompt(): boolean {
  return keptPrompt.event !== null;
}

/** Kier was installed during this visit (the page itself still runs in the tab). */
export function installedThisVisit(): boolean {
  return keptPrompt.installed;
}

/** Shows the browser's prompt; an event can be used once. */
export async function showInstallPrompt(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const event = keptPrompt.event as InstallPromptEvent | null;
  if (!event) return 'unavailable';
  keptPrompt.event = null;
  keptPrompt.changed?.();
  try {
    await event.prompt();
    const { outcome } = await event.userChoice;
    return outcome;
  } catch {
    return 'unavailable';
  }
}

export function onInstallPromptChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
