import { isSafeExitUrl, readPreferences } from '../../storage/preferences';
import { finishPendingExit, leaveWithoutTrail } from './exit-trail';

/** Neutral sites a parent can choose as the quick-exit target. The first is the default. */
export const EXIT_SITES = [
  { id: 'buienradar', name: 'Buienradar', url: 'https://www.buienradar.nl/' },
  { id: 'meteo', name: 'KMI weer', url: 'https://www.meteo.be/' },
  { id: 'nos', name: 'NOS nieuws', url: 'https://nos.nl/' },
  { id: 'vrt', name: 'VRT NWS', url: 'https://www.vrt.be/vrtnws/' },
] as const;

export const DEFAULT_EXIT_URL: string = EXIT_SITES[0].url;

export function quickExitUrl(): string {
  return readPreferences().quickExitUrl ?? DEFAULT_EXIT_URL;
}

/**
 * Leaves at once for a neutral site: the screen goes blank, Kier's own pages in this tab's history
 * are stepped over, and the neutral site replaces the first of them, so Back does not bring Kier back
 * (see exit-trail.ts for what the platform allows).
 */
export function quickExit(url = quickExitUrl()): void {
  leaveWithoutTrail(isSafeExitUrl(url) ? url : DEFAULT_EXIT_URL);
}

/** Finishes a quick exit that stepped back onto this page; true when the page is leaving. */
export function continueQuickExit(): boolean {
  return finishPendingExit(isSafeExitUrl);
}

/** Two presses of Escape within this time leave the app. */
export const DOUBLE_ESCAPE_MS = 1000;

/** Returns a keydown handler that calls `onExit` on the second Escape within the window. */
export function doubleEscapeDetector(onExit: () => void, now: () => number = () => Date.now()) {
  let last = -Infinity;
  return (event: Pick<KeyboardEvent, 'key' | 'repeat'>) => {
    if (event.key !== 'Escape' || event.repeat) return;
    const time = now();
    if (time - last <= DOUBLE_ESCAPE_MS) {
      last = -Infinity;
      onExit();
    } else {
      last = time;
    }
  };
}
