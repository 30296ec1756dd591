/**
 * localStorage access that never throws: some private modes refuse storage, and a full disk
 * must not break reading. Values are JSON; callers validate what they read.
 */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readJson(key: string): unknown {
  try {
    const raw = storage()?.getItem(key);
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return undefined;
  }
}

export function writeJson(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Unavailable or full: the change lasts for this visit only.
  }
}

/** Removes every value the app keeps in localStorage (all keys start with "kier:"). */
export function removeAllLocalData(): void {
  const store = storage();
  if (!store) return;
  try {
    const keys = Array.from({ length: store.length }, (_, index) => store.key(index)).filter((key): key is string => key?.startsWith('kier:') === true);
    for (const key of keys) store.removeItem(key);
  } catch {
    // Unavailable: there is nothing kept to remove.
  }
}
