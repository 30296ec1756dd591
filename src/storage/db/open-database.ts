import { openDB } from 'idb';
import type { KierDatabase } from './database';
import { idbDatabase } from './idb-database';
import { memoryDatabase } from './memory-database';
import { DB_VERSION, runMigrations } from './migrations';
import { DB_NAME, type KierSchema } from './schema';
import { resetLockStateForTests } from '../lock/lock-state';
import { DatabaseUnavailableError, isStorageRefusal, unavailableReasonOf, type UnavailableReason } from './database-unavailable';

const OPEN_TIMEOUT_MS = 8_000;
const outdatedListeners = new Set<() => void>();
const unavailableListeners = new Set<(reason: UnavailableReason) => void>();
let unavailable: UnavailableReason | null = null;
let opening: Promise<KierDatabase> | null = null;

/** Opens IndexedDB at the current version, running any upgrade steps on the way. */
export async function openIndexedDb(name = DB_NAME): Promise<KierDatabase> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  let rejectBlocked: (error: Error) => void = () => undefined;
  const blocked = new Promise<never>((_, reject) => (rejectBlocked = reject));
  const opened = openDB<KierSchema>(name, DB_VERSION, {
    // Another tab holds an older version open and does not close it: wait no longer, say so.
    blocked: () => rejectBlocked(new DatabaseUnavailableError('blocked')),
    upgrade: (database, oldVersion, newVersion, tx) => runMigrations(database, oldVersion, newVersion ?? DB_VERSION, tx),
    // A newer version of the app, open in another tab, needs to upgrade: step aside and say so.
    blocking: () => {
      db.close();
      for (const listener of outdatedListeners) listener();
    },
  });
  // Should the blocked open still succeed later (the other tab closed), close it: this page has moved on.
  void blocked.catch(() => opened.then((late) => late.close(), () => undefined));
  const db = await Promise.race([opened, blocked]);
  return idbDatabase(db);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new DatabaseUnavailableError('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * The app's database, opened once per page. Only when the browser refuses IndexedDB (private
 * modes) is it kept in memory instead (`kind: 'memory'`), and the screens that store data say that
 * nothing is kept. A database newer than this build, a blocked open or a timeout reject with a
 * DatabaseUnavailableError instead: the data is still there, a reload is the way on, and no screen
 * may pretend to save into memory.
 */
export function database(): Promise<KierDatabase> {
  opening ??= withTimeout(openIndexedDb(), OPEN_TIMEOUT_MS).catch((error: unknown) => {
    if (isStorageRefusal(error)) return memoryDatabase();
    const reason = unavailableReasonOf(error);
    unavailable = reason;
    for (const listener of unavailableListeners) listener(reason);
    throw error instanceof DatabaseUnavailableError ? error : new DatabaseUnavailableError(reason);
  });
  return opening;
}

/** Why the database could not be opened on this page, or null (not tried, open, or in memory). */
export function databaseUnavailable(): UnavailableReason | null {
  return unavailable;
}

/** Called when the database cannot be opened although the browser allows storage (see database()). */
export function onDatabaseUnavailable(listener: (reason: UnavailableReason) => void): () => void {
  unavailableListeners.add(listener);
  return () => unavailableListeners.delete(listener);
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
  unavailable = null;
  resetLockStateForTests();
  if (current) (await current.catch(() => null))?.close();
}
