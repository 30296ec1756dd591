import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { KierSchema } from './schema';

type UpgradeDb = IDBPDatabase<KierSchema>;
type UpgradeTx = IDBPTransaction<KierSchema, StoreNames<KierSchema>[], 'versionchange'>;
export type Migration = (db: UpgradeDb, tx: UpgradeTx) => void;

/**
 * One step per database version, in order: MIGRATIONS[0] creates version 1, MIGRATIONS[1]
 * turns version 1 into version 2, and so on. A released step is never edited; a change is a
 * new step at the end, with its own fixture in tests/unit/db-upgrade.test.ts.
 */
export const MIGRATIONS: readonly Migration[] = [
  // Version 1: the diary, its drafts, and small facts about the stored data.
  (db) => {
    const diary = db.createObjectStore('diary', { keyPath: 'id' });
    diary.createIndex('byOccurredAt', 'occurredAt');
    db.createObjectStore('drafts', { keyPath: 'key' });
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  // Version 2: plans "Wat accepteer ik, wat niet?" (the newest is the current one, found
  // through an index), and the diary entries about a plan item, found through an index.
  (db, tx) => {
    const plans = db.createObjectStore('plans', { keyPath: 'id' });
    plans.createIndex('byCreatedAt', 'createdAt');
    tx.objectStore('diary').createIndex('byPlanItem', 'planItemId');
  },
];

export const DB_VERSION = MIGRATIONS.length;

/** Runs every step between the version on the device and the current one. */
export function runMigrations(db: UpgradeDb, oldVersion: number, newVersion: number, tx: UpgradeTx): void {
  for (let version = oldVersion; version < newVersion; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No database migration to version ${version + 1}`);
    step(db, tx);
  }
}
