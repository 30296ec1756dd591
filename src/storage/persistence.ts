import { database } from './db/open-database';

export interface StorageStatus {
  /** 'memory': the browser refused storage; nothing is kept after this tab closes. */
  kind: 'indexeddb' | 'memory';
  /** Whether the browser promised not to clear the data when space runs low (null: unknown). */
  persisted: boolean | null;
  /** Bytes used by this app on the device, and the space the browser allows (null: unknown). */
  usage: number | null;
  quota: number | null;
}

const ASKED = 'persistenceAsked';

/** What the settings page shows about where the diary is kept. */
export async function storageStatus(): Promise<StorageStatus> {
  const { kind } = await database();
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const persisted = manager?.persisted ? await manager.persisted().catch(() => null) : null;
  const estimate = manager?.estimate ? await manager.estimate().catch(() => null) : null;
  return { kind, persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/**
 * After the first diary entry, ask the browser once to keep the data even when space runs low.
 * Returns the browser's answer, or null when it was asked before or cannot be asked.
 */
export async function askPersistenceOnce(): Promise<boolean | null> {
  const db = await database();
  if (db.kind === 'memory' || typeof navigator === 'undefined' || !navigator.storage?.persist) return null;
  const asked = await db.transaction(['meta'], 'readonly', ({ meta }) => meta.get(ASKED));
  if (asked) return null;
  // Noted as asked before asking: Firefox answers with a permission prompt whose promise stays
  // pending until the parent answers it, and a parent who ignores it is not asked again.
  const at = new Date().toISOString();
  await db.transaction(['meta'], 'readwrite', ({ meta }) => meta.put({ key: ASKED, value: { at, granted: null } }));
  const granted = await navigator.storage.persist().catch(() => false);
  await db.transaction(['meta'], 'readwrite', ({ meta }) => meta.put({ key: ASKED, value: { at, granted } })).catch(() => undefined);
  return granted;
}
