import type { KierDatabase, StoreAccess, TransactionStores } from './database';
import { STORE_NAMES, STORES, type StoreName } from './schema';

type Row = Record<string, unknown>;

/**
 * The same database in memory, for browsers that refuse IndexedDB (some private modes).
 * Nothing outlives the tab. Transactions run one at a time and roll back on an error, and
 * records are copied in and out, as IndexedDB does.
 */
export function memoryDatabase(): KierDatabase {
  const data = new Map<StoreName, Map<string, Row>>(STORE_NAMES.map((name) => [name, new Map()]));
  let queue: Promise<unknown> = Promise.resolve();

  const access = (name: StoreName, rows: Map<string, Row>, writable: boolean): StoreAccess<never> => {
    const { keyPath, dateIndex, lookup } = STORES[name];
    const writing = () => {
      if (!writable) throw new DOMException('The transaction is read-only.', 'ReadOnlyError');
    };
    const sortedKeys = () => [...rows.keys()].sort();
    return {
      get: async (key) => (rows.has(key) ? structuredClone(rows.get(key)) : undefined) as never,
      getAll: async () => sortedKeys().map((key) => structuredClone(rows.get(key)!)) as never[],
      async newest(limit = Number.POSITIVE_INFINITY) {
        if (!dateIndex) throw new Error(`Store "${name}" has no date index`);
        const field = dateIndex.field;
        const all = [...rows.values()].filter((row) => typeof row[field] === 'string');
        all.sort((a, b) => {
          const [da, db] = [a[field] as string, b[field] as string];
          if (da !== db) return da < db ? 1 : -1;
          const [ka, kb] = [a[keyPath] as string, b[keyPath] as string];
          return ka < kb ? 1 : ka > kb ? -1 : 0;
        });
        return all.slice(0, limit).map((row) => structuredClone(row)) as never[];
      },
      async matching(value) {
        if (!lookup) throw new Error(`Store "${name}" has no lookup index`);
        return sortedKeys()
          .map((key) => rows.get(key)!)
          .filter((row) => row[lookup.field] === value)
          .map((row) => structuredClone(row)) as never[];
      },
      put: async (value) => {
        writing();
        const row = structuredClone(value) as Row;
        const key = row[keyPath];
        if (typeof key !== 'string') throw new DOMException(`Missing key "${keyPath}"`, 'DataError');
        rows.set(key, row);
      },
      async putAll(values) {
        for (const value of values) await this.put(value);
      },
      delete: async (key) => {
        writing();
        rows.delete(key);
      },
      clear: async () => {
        writing();
        rows.clear();
      },
      count: async () => rows.size,
    };
  };

  return {
    kind: 'memory',
    transaction(stores, mode, work) {
      const run = async () => {
        const writable = mode === 'readwrite';
        const copies = new Map(stores.map((name) => [name, new Map(data.get(name))]));
        const accessors = Object.fromEntries(stores.map((name) => [name, access(name, copies.get(name)!, writable)]));
        const result = await work(accessors as unknown as TransactionStores<(typeof stores)[number]>);
        // Commit only when the whole transaction succeeded.
        if (writable) for (const [name, rows] of copies) data.set(name, rows);
        return result;
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
    close: () => undefined,
  };
}
