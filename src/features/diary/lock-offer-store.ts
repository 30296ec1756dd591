import { readJson, writeJson } from '../../storage/local-store';

/**
 * Whether the parent said "Nee, dank je" to the diary's offer of a lock. Kept on this device in
 * localStorage (not personal: only that the question was answered); "delete everything" clears
 * it with the other "kier:" keys.
 */
const KEY = 'kier:diary-lock-offer:v1';

export function lockOfferDismissed(): boolean {
  const value = readJson(KEY);
  return typeof value === 'object' && value !== null && (value as { dismissed?: unknown }).dismissed === true;
}

export function dismissLockOffer(): void {
  writeJson(KEY, { dismissed: true });
}
