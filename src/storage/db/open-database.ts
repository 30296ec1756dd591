import { openDB } from 'idb';
import type { KierDatabase } from './database';
import { idbDatabase } from './idb-database';
import { memoryDatabase } from './memory-database';
import { DB_VERSION, runMigrations } from './migrations';
import { DB_NAME, type KierSchema } from './schema';
import { resetLockStateForTests } from '../lock/lock-state';

const OPEN_TIMEOUT_MS = 8_000;
const outdatedListeners = new Set<() => void>();
let opening: Promise<KierDatabase> | null = null;

/** Opens IndexedDB at the current version, running any upgrade steps on the way. */
export async function openIndexedDb(name = DB_NAME): Promise<KierDatabase> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  const db = await openDB<KierSchema>(name, DB_VERSION, {
    upgrade: (database, oldVersion, newVersion, tx) => runMigrations(database, oldVersion, newVersion ?? DB_VERSION, tx),
    // A newer version of the app, open in another tab, needs to upgrade: step aside and say so.
    blocking: () => {
      db.close();
      for (const listener of outdatedListeners) listener();
    },
  });
  return idbDatabase(db);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Opening IndexedDB took too long')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error('IndexedDB refused to open'));
      },
    );
  });
}

/**
 * The app's database, opened once per page. When the browser refuses IndexedDB it is kept in
 * memory instead (`kind: 'memory'`), and the screens that store data say that nothing is kept.
 */
export function database(): Promise<KierDatabase> {
  opening ??= withTimeout(openIndexedDb(), OPEN_TIMEOUT_MS).catch(() => memoryDatabase());
  return opening;
}

/** Called when another tab runs a newer version that must upgrade the database: reload to continue. */
export function onDatabaseOutdated(listener: () => void): () => void {
  outdatedListeners.add(listener);
  return () => outdatedListeners.delete(listener);
}

/** Tests only: forget the opened database. */
export async function resetDatabaseForTests(): Promise<void> {
  const current = opening;
  opening = null;
  resetLockStateForTests();
  if (current) (await current).close();
}
