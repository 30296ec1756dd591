import type { DBSchema } from 'idb';
import type { StoredDiaryEntry, StoredDraft, StoredPlan } from '../lock/sealed-records';

export const DB_NAME = 'kier';

/** Small facts about the device's data, e.g. whether persistent storage was asked for. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/** Every object store of the current version, with its records and indexes. */
export interface KierSchema extends DBSchema {
  diary: { key: string; value: StoredDiaryEntry; indexes: { byOccurredAt: string; byPlanItem: string } };
  drafts: { key: string; value: StoredDraft };
  meta: { key: string; value: MetaRecord };
  plans: { key: string; value: StoredPlan; indexes: { byCreatedAt: string } };
}

export type StoreName = 'diary' | 'drafts' | 'meta' | 'plans';
export type StoreValue<S extends StoreName> = KierSchema[S]['value'];

/**
 * How each store is keyed, the date index "newest first" reads use (if any), and the index
 * `matching` reads use (if any).
 */
export const STORES: {
  [S in StoreName]: { keyPath: string; dateIndex?: { name: 'byOccurredAt' | 'byCreatedAt'; field: string }; lookup?: { name: 'byPlanItem'; field: string } };
} = {
  diary: { keyPath: 'id', dateIndex: { name: 'byOccurredAt', field: 'occurredAt' }, lookup: { name: 'byPlanItem', field: 'planItemId' } },
  drafts: { keyPath: 'key' },
  meta: { keyPath: 'key' },
  plans: { keyPath: 'id', dateIndex: { name: 'byCreatedAt', field: 'createdAt' } },
};

export const STORE_NAMES = Object.keys(STORES) as StoreName[];
