import { resetDatabaseForTests } from '../../src/storage/db/open-database';

/** Forgets the opened database (and the lock state), deletes it, and clears localStorage. */
export async function freshDatabase(): Promise<void> {
  await resetDatabaseForTests();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('kier');
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
  localStorage.clear();
}
