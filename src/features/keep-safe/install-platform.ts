/**
 * Which install guidance fits the device the parent is on. Pure, so every case is tested
 * without the browser it describes.
 *
 * - `installed`: Kier runs from the home screen (display-mode standalone, or iOS's
 *   `navigator.standalone`).
 * - `ios`: an iPhone or iPad in a browser tab. Every iOS browser is WebKit; adding to the home
 *   screen goes through the share menu. iPadOS reports itself as a Mac, but with touch points.
 * - `prompt`: the browser offered its own install prompt (`beforeinstallprompt`, Chromium).
 * - `android`: Android without that offer (yet): the browser's menu.
 * - `other`: a computer or another browser: its menu, where it can install at all.
 */
export type InstallPlatform = 'installed' | 'ios' | 'prompt' | 'android' | 'other';

export interface DeviceFacts {
  userAgent: string;
  maxTouchPoints: number;
  /** `(display-mode: standalone)` matches, or `navigator.standalone` is true. */
  standalone: boolean;
  /** A `beforeinstallprompt` event is waiting to be shown. */
  canPrompt: boolean;
}

export function isAppleMobile(userAgent: string, maxTouchPoints: number): boolean {
  return /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
}

export function installPlatform(facts: DeviceFacts): InstallPlatform {
  if (facts.standalone) return 'installed';
  if (isAppleMobile(facts.userAgent, facts.maxTouchPoints)) return 'ios';
  if (facts.canPrompt) return 'prompt';
  if (/Android/.test(facts.userAgent)) return 'android';
  return 'other';
}

/** Whether this page runs as an installed app, read from the browser. */
export function runsStandalone(): boolean {
  if (typeof window === 'undefined') return false;
  const standaloneMedia = typeof window.matchMedia === 'function' && window.matchMedia('(display-mode: standalone)').matches;
  return standaloneMedia || (navigator as Navigator & { standalone?: boolean }).standalone === true;
}
