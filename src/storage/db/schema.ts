import type { DBSchema } from 'idb';
import type { DiaryDraft } from '../diary/diary-draft';
import type { DiaryEntry } from '../diary/diary-entry';

export const DB_NAME = 'kier';

/** Small facts about the device's data, e.g. whether persistent storage was asked for. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/** Every object store of the current version, with its records and indexes. */
export interface KierSchema extends DBSchema {
  diary: { key: string; value: DiaryEntry; indexes: { byOccurredAt: string } };
  drafts: { key: string; value: DiaryDraft };
  meta: { key: string; value: MetaRecord };
}

export type StoreName = 'diary' | 'drafts' | 'meta';
export type StoreValue<S extends StoreName> = KierSchema[S]['value'];

/** How each store is keyed, and the date index "newest first" reads use (if any). */
export const STORES: { [S in StoreName]: { keyPath: string; dateIndex?: { name: 'byOccurredAt'; field: string } } } = {
  diary: { keyPath: 'id', dateIndex: { name: 'byOccurredAt', field: 'occurredAt' } },
  drafts: { keyPath: 'key' },
  meta: { keyPath: 'key' },
};

export const STORE_NAMES = Object.keys(STORES) as StoreName[];
