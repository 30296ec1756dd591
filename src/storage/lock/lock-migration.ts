import type { TransactionStores } from '../db/database';
import { database } from '../db/open-database';
import type { MetaRecord } from '../db/schema';
import { LOCK_META_KEY, type LockConfig } from './lock-config';
import { openRecord, sealRecord, type Plain, type SealedStoreName, type Stored } from './sealed-records';

const SEALED_STORES: readonly SealedStoreName[] = ['diary', 'drafts', 'plans'];

type Snapshot = { [S in SealedStoreName]: Stored<S>[] };

/** How many records are encrypted or decrypted at once: enough to keep WebCrypto busy, not the heap. */
const BATCH = 500;

async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += BATCH) results.push(...(await Promise.all(items.slice(start, start + BATCH).map(work))));
  return results;
}

/** A cheap summary of what a store holds (keys and updatedAt), to see whether it changed. */
function signature(records: readonly object[]): string {
  return records.map((record) => JSON.stringify([(record as { id?: string; key?: string }).id ?? (record as { key?: string }).key, (record as { updatedAt?: string; savedAt?: string }).updatedAt ?? (record as { savedAt?: string }).savedAt])).join('|');
}

export interface Rewrite {
  /** The key the records are sealed with now (null: they are in clear). */
  from: CryptoKey | null;
  /** The key to seal them with (null: store them in clear). */
  to: CryptoKey | null;
  /** The lock record to store with them (null: remove it). */
  config: LockConfig | null;
  /** Tests only: runs inside the write transaction after some records are written, to interrupt it. */
  interrupt?: () => void;
}

/**
 * Re-encrypts every diary entry, draft and plan from one key to another (or from or to clear
 * text), all or nothing: the records are read in one transaction, transformed outside it, and
 * written with the new lock record in ONE transaction. A crash, a closed tab or an error
 * halfway leaves the old records and the old lock exactly as they were. If another tab
 * changed a record in between, the write is refused and the caller tries again.
 */
export async function rewriteAll(rewrite: Rewrite): Promise<number> {
  const db = await database();
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const snapshot: Snapshot = await db.transaction(SEALED_STORES, 'readonly', async (stores) => ({
      diary: await stores.diary.getAll(),
      drafts: await stores.drafts.getAll(),
      plans: await stores.plans.getAll(),
    }));
    const next = {
      diary: await transform('diary', snapshot.diary, rewrite),
      drafts: await transform('drafts', snapshot.drafts, rewrite),
      plans: await transform('plans', snapshot.plans, rewrite),
    };
    const written = await db.transaction([...SEALED_STORES, 'meta'], 'readwrite', async (stores) => {
      if (!(await unchanged(stores, snapshot))) return null;
      let count = 0;
      for (const store of SEALED_STORES) {
        await stores[store].clear();
        const records = next[store];
        const half = Math.floor(records.length / 2);
        await stores[store].putAll(records.slice(0, half) as never[]);
        if (store === 'plans') rewrite.interrupt?.();
        await stores[store].putAll(records.slice(half) as never[]);
        count += records.length;
      }
      if (rewrite.config) await stores.meta.put({ key: LOCK_META_KEY, value: rewrite.config } satisfies MetaRecord);
      else await stores.meta.delete(LOCK_META_KEY);
      return count;
    });
    if (written !== null) return written;
  }
  throw new Error('The diary kept changing while the lock was being set; try again');
}

async function transform<S extends SealedStoreName>(store: S, records: readonly Stored<S>[], { from, to }: Rewrite): Promise<Stored<S>[]> {
  return inBatches(records, async (record) => {
    const plain: Plain<S> = await openRecord(store, record, from);
    return to ? sealRecord(store, plain, to) : (plain as Stored<S>);
  });
}

async function unchanged(stores: TransactionStores<SealedStoreName | 'meta'>, snapshot: Snapshot): Promise<boolean> {
  for (const store of SEALED_STORES) {
    if (signature(await stores[store].getAll()) !== signature(snapshot[store])) return false;
  }
  return true;
}
