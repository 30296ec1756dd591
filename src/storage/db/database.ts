import type { StoreName, StoreValue } from './schema';

/** The operations repositories use on one store inside a transaction. */
export interface StoreAccess<V> {
  get(key: string): Promise<V | undefined>;
  /** Every record, in key order. */
  getAll(): Promise<V[]>;
  /** Newest first by the store's date index (stable for equal dates); at most `limit` records. */
  newest(limit?: number): Promise<V[]>;
  /** Every record whose lookup field (see STORES) equals `value`, in key order. */
  matching(value: string): Promise<V[]>;
  put(value: V): Promise<void>;
  /** Many records at once: every request is queued before any is awaited, which is much faster. */
  putAll(values: readonly V[]): Promise<void>;
  delete(key: string): Promise<void>;
  clear(): Promise<void>;
  count(): Promise<number>;
}

export type TransactionStores<S extends StoreName> = { [K in S]: StoreAccess<StoreValue<K>> };

/**
 * The app's database, behind a small port: IndexedDB normally, memory when the browser
 * refuses IndexedDB (some private modes). A transaction is all or nothing in both.
 * Inside `work`, await only the stores' operations: IndexedDB commits a transaction as soon
 * as it has nothing left to do.
 */
export interface KierDatabase {
  /** 'memory' means nothing outlives this tab, and the UI must say so. */
  readonly kind: 'indexeddb' | 'memory';
  transaction<S extends StoreName, R>(stores: readonly S[], mode: 'readonly' | 'readwrite', work: (stores: TransactionStores<S>) => Promise<R>): Promise<R>;
  close(): void;
}
