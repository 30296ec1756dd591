import { isSafeExitUrl, readPreferences } from '../../storage/preferences';

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
 * Leaves at once for a neutral site. `replace` swaps the current history entry, so Back
 * does not bring this page back.
 */
export function quickExit(url = quickExitUrl()): void {
  window.location.replace(isSafeExitUrl(url) ? url : DEFAULT_EXIT_URL);
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
