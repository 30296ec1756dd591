import { readJson, writeJson } from '../local-store';
import { forgetRecommendationNotes } from '../recommendations';

/**
 * Whether the diary lock is on, mirrored in localStorage (a yes/no, nothing secret) so pages that
 * do not load the database code, like home, can show neutral text while the lock is on. The lock
 * record in IndexedDB stays the truth: the mirror is written each time a tab learns the lock's
 * state. Changing it by hand only changes what home shows; it opens nothing.
 */
const KEY = 'kier:lock-on:v1';

export function lockOnMirror(): boolean {
  return readJson(KEY) === true;
}

export function mirrorLockOn(on: boolean): void {
  if (on) forgetRecommendationNotes();
  if (lockOnMirror() !== on) writeJson(KEY, on);
}
