import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS } from '../../src/storage/db/migrations';
import { openIndexedDb } from '../../src/storage/db/open-database';
import { V1_DIARY, V1_DRAFTS, V1_META } from './fixtures/db-v1';
import { V2_PLANS } from './fixtures/db-v2';

const NAME = 'kier-upgrade-test';

/** Builds the database exactly as version `version` of the app left it, with the given records. */
async function buildAtVersion(version: number, records: Record<string, unknown[]>) {
  const db = await openDB(NAME, version, {
    upgrade(database, oldVersion, newVersion, tx) {
      for (let step = oldVersion; step < (newVersion ?? version); step += 1) MIGRATIONS[step]!(database as never, tx as never);
    },
  });
  for (const [store, values] of Object.entries(records)) {
    const tx = db.transaction(store as never, 'readwrite');
    for (const value of values) await tx.store.put(value as never);
    await tx.done;
  }
  db.close();
}

afterEach(async () => {
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(NAME);
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
});

describe('database upgrades', () => {
  it('has one migration per version', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(DB_VERSION).toBeGreaterThanOrEqual(1);
  });

  it('opens a version-1 database with the current code and keeps every record', async () => {
    await buildAtVersion(1, { diary: V1_DIARY, drafts: V1_DRAFTS, meta: V1_META });

    const db = await openIndexedDb(NAME);
    const stored = await db.transaction(['diary', 'drafts', 'meta'], 'readonly', async ({ diary, drafts, meta }) => ({
      diary: await diary.getAll(),
      drafts: await drafts.getAll(),
      meta: await meta.getAll(),
    }));
    db.close();

    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...stored.diary].sort(byId)).toEqual([...V1_DIARY].sort(byId));
    expect(stored.drafts).toEqual(V1_DRAFTS);
    expect(stored.meta).toEqual(V1_META);
  });

  it('keeps the date index working after the upgrade (newest first, stable for equal dates)', async () => {
    await buildAtVersion(1, { diary: V1_DIARY });
    const db = await openIndexedDb(NAME);
    const newest = await db.transaction(['diary'], 'readonly', ({ diary }) => diary.newest(2));
    db.close();
    expect(newest.map((entry) => entry.id)).toEqual(['a0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000002']);
  });

  it('adds an empty plans store to a version-1 database (version 2)', async () => {
    await buildAtVersion(1, { diary: V1_DIARY });
    const db = await openIndexedDb(NAME);
    const plans = await db.transaction(['plans'], 'readonly', ({ plans }) => plans.getAll());
    db.close();
    expect(plans).toEqual([]);
  });

  it('indexes the version-1 entries that point at a plan item (version 2)', async () => {
    await buildAtVersion(1, { diary: V1_DIARY });
    const db = await openIndexedDb(NAME);
    const found = await db.transaction(['diary'], 'readonly', ({ diary }) => diary.matching('plan-item-1'));
    db.close();
    expect(found).toEqual(V1_DIARY.filter((entry) => entry.planItemId === 'plan-item-1'));
    expect(found.length).toBeGreaterThan(0);
  });

  it('opens a version-2 database with the current code and keeps every record', async () => {
    await buildAtVersion(2, { diary: V1_DIARY, drafts: V1_DRAFTS, meta: V1_META, plans: V2_PLANS });
    const db = await openIndexedDb(NAME);
    const stored = await db.transaction(['diary', 'plans'], 'readonly', async ({ diary, plans }) => ({ diary: await diary.count(), plans: await plans.getAll() }));
    db.close();
    expect(stored.diary).toBe(V1_DIARY.length);
    expect(stored.plans).toEqual(V2_PLANS);
  });

  it('creates an empty current database on a fresh device', async () => {
    const db = await openIndexedDb(NAME);
    const count = await db.transaction(['diary'], 'readonly', ({ diary }) => diary.count());
    db.close();
    expect(count).toBe(0);
  });
});
