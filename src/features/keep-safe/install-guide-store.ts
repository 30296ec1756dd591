import { readJson, writeJson } from '../../storage/local-store';

/**
 * Whether the parent said "Niet nu" to the install guidance in the diary or the plan. Kept on
 * this device in localStorage (not personal); settings show the guidance anyway; "delete
 * everything" clears it with the other "kier:" keys.
 */
const KEY = 'kier:install-guide:v1';

export function installGuideDismissed(): boolean {
  const value = readJson(KEY);
  return typeof value === 'object' && value !== null && (value as { dismissed?: unknown }).dismissed === true;
}

export function dismissInstallGuide(): void {
  writeJson(KEY, { dismissed: true });
}
