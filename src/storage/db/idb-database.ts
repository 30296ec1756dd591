import type { IDBPDatabase, IDBPObjectStore } from 'idb';
import type { KierDatabase, StoreAccess, TransactionStores } from './database';
import { STORES, type KierSchema, type StoreName } from './schema';

// Inside this file the stores are handled generically; the port's types keep callers exact.
type AnyStore = IDBPObjectStore<KierSchema, StoreName[], StoreName, 'readonly' | 'readwrite'>;

function access(store: AnyStore, name: StoreName): StoreAccess<never> {
  const { dateIndex, lookup } = STORES[name];
  return {
    get: (key) => store.get(key) as Promise<never>,
    getAll: () => store.getAll() as Promise<never[]>,
    async newest(limit = Number.POSITIVE_INFINITY) {
      if (!dateIndex) throw new Error(`Store "${name}" has no date index`);
      const index = store.index(dateIndex.name as never);
      if (!Number.isFinite(limit)) return ((await index.getAll()) as never[]).reverse();
      // Two requests instead of one per record: find the limit-th newest date with a key cursor,
      // then read everything from that date on (ascending), newest first, and cut to the limit.
      const cursor = await index.openKeyCursor(null, 'prev');
      if (!cursor) return [];
      const last = limit > 1 ? await cursor.advance(limit - 1) : cursor;
      const from = last ? IDBKeyRange.lowerBound(last.key) : undefined;
      const found = ((await index.getAll(from)) as never[]).reverse();
      return found.slice(0, limit);
    },
    matching(value) {
      if (!lookup) throw new Error(`Store "${name}" has no lookup index`);
      return store.index(lookup.name as never).getAll(value as never) as Promise<never[]>;
    },
    put: async (value) => {
      await store.put!(value);
    },
    putAll: async (values) => {
      const requests: Promise<unknown>[] = [];
      try {
        for (const value of values) requests.push(store.put!(value));
      } catch (error) {
        // A record was refused outright: the transaction aborts, and the requests already
        // queued fail with it. Those failures are expected, not unhandled.
        for (const request of requests) request.catch(() => undefined);
        throw error;
      }
      await Promise.all(requests);
    },
    delete: (key) => store.delete!(key),
    clear: () => store.clear!(),
    count: () => store.count(),
  };
}

/** The database on IndexedDB, through `idb`. */
export function idbDatabase(db: IDBPDatabase<KierSchema>): KierDatabase {
  return {
    kind: 'indexeddb',
    async transaction(stores, mode, work) {
      const tx = db.transaction([...stores], mode);
      const accessors = Object.fromEntries(stores.map((name) => [name, access(tx.objectStore(name) as unknown as AnyStore, name)]));
      try {
        const result = await work(accessors as unknown as TransactionStores<(typeof stores)[number]>);
        await tx.done;
        return result;
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // Already finished or aborted.
        }
        tx.done.catch(() => undefined);
        throw error;
      }
    },
    close: () => db.close(),
  };
}
