import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS } from '../../src/storage/db/migrations';
import { database, databaseUnavailable, onDatabaseUnavailable } from '../../src/storage/db/open-database';
import { diaryRepository } from '../../src/storage/diary/diary-repository';
import { freshDatabase } from '../support/fresh-database';

beforeEach(freshDatabase);
afterEach(freshDatabase);

describe('opening the database', () => {
  it('does not fall back to memory when the stored database is newer than this build', async () => {
    const newer = await openDB('kier', DB_VERSION + 1);
    newer.close();
    const heard: string[] = [];
    const stop = onDatabaseUnavailable((reason) => heard.push(reason));
    await expect(database()).rejects.toMatchObject({ name: 'DatabaseUnavailableError', reason: 'newer' });
    stop();
    expect(heard).toEqual(['newer']);
    expect(databaseUnavailable()).toBe('newer');
    // A screen that writes is told it failed, instead of "saving" into memory.
    const now = new Date().toISOString();
    await expect(diaryRepository.save({ id: 'e1', occurredAt: now, createdAt: now, updatedAt: now, kind: 'event', text: 'Niet kwijt', tags: [] })).rejects.toThrow();
    // And the newer database is left exactly as it was.
    const check = await openDB('kier');
    expect(check.version).toBe(DB_VERSION + 1);
    check.close();
  });

  it('does not fall back to memory when an older tab blocks the upgrade', async () => {
    // An old tab at the previous version that never closes when asked.
    const old = await openDB('kier', DB_VERSION - 1, {
      upgrade(db, oldVersion, newVersion, tx) {
        for (let step = oldVersion; step < (newVersion ?? 0); step += 1) MIGRATIONS[step]!(db as never, tx as never);
      },
    });
    await expect(database()).rejects.toMatchObject({ reason: 'blocked' });
    expect(databaseUnavailable()).toBe('blocked');
    old.close();
  });

  it('opens normally otherwise', async () => {
    expect((await database()).kind).toBe('indexeddb');
    expect(databaseUnavailable()).toBeNull();
  });
});
