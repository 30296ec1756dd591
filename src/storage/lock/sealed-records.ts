import type { DiaryDraft } from '../diary/diary-draft';
import type { DiaryEntry } from '../diary/diary-entry';
import type { Plan } from '../plans/plan';
import { isSealed, seal, unseal, type Sealed } from './lock-crypto';

/**
 * Records as the stores hold them: as they are while the lock is off, sealed while it is on.
 * A sealed record keeps in clear only what the database needs to find and order it: its key,
 * its dates and revision count (for sorting and for "the newer version wins" when a backup is merged) and, for
 * diary entries, the random id of the plan item it belongs to (for the plan page's index).
 * Everything else (kind, text, tension, tags, every word of a plan or draft) is only inside
 * `sealed`, which holds the whole record.
 */
export type SealedDiaryEntry = Pick<DiaryEntry, 'id' | 'occurredAt' | 'updatedAt' | 'revision'> & { planItemId?: string; sealed: Sealed };
export type SealedDraft = Pick<DiaryDraft, 'key'> & { sealed: Sealed };
export type SealedPlan = Pick<Plan, 'id' | 'createdAt' | 'updatedAt' | 'revision'> & { sealed: Sealed };

export type StoredDiaryEntry = DiaryEntry | SealedDiaryEntry;
export type StoredDraft = DiaryDraft | SealedDraft;
export type StoredPlan = Plan | SealedPlan;

interface Records {
  diary: { plain: DiaryEntry; stored: StoredDiaryEntry };
  drafts: { plain: DiaryDraft; stored: StoredDraft };
  plans: { plain: Plan; stored: StoredPlan };
}
export type SealedStoreName = keyof Records;
export type Plain<S extends SealedStoreName> = Records[S]['plain'];
export type Stored<S extends SealedStoreName> = Records[S]['stored'];

export function isSealedRecord(record: object): record is { sealed: Sealed } {
  return 'sealed' in record && isSealed((record as { sealed: unknown }).sealed);
}

/** The key of a record in its store, which is also the context its seal is bound to. */
function keyOf<S extends SealedStoreName>(store: S, record: Plain<S> | Stored<S>): string {
  return store === 'drafts' ? (record as DiaryDraft).key : (record as DiaryEntry | Plan).id;
}

function context(store: SealedStoreName, key: string): string {
  return `kier:${store}:${key}`;
}

export async function sealRecord<S extends SealedStoreName>(store: S, record: Plain<S>, key: CryptoKey): Promise<Stored<S>> {
  const sealed = await seal(key, record, context(store, keyOf(store, record)));
  switch (store) {
    case 'diary': {
      const entry = record as DiaryEntry;
      return { id: entry.id, occurredAt: entry.occurredAt, updatedAt: entry.updatedAt, ...(entry.revision !== undefined ? { revision: entry.revision } : {}), ...(entry.planItemId ? { planItemId: entry.planItemId } : {}), sealed } as Stored<S>;
    }
    case 'plans': {
      const plan = record as Plan;
      return { id: plan.id, createdAt: plan.createdAt, updatedAt: plan.updatedAt, ...(plan.revision !== undefined ? { revision: plan.revision } : {}), sealed } as Stored<S>;
    }
    default:
      return { key: (record as DiaryDraft).key, sealed } as Stored<S>;
  }
}

/** The record itself: decrypted when sealed (throws on a wrong key or changed data). */
export async function openRecord<S extends SealedStoreName>(store: S, record: Stored<S>, key: CryptoKey | null): Promise<Plain<S>> {
  if (!isSealedRecord(record)) return record as Plain<S>;
  if (!key) throw new LockedError();
  return unseal<Plain<S>>(key, record.sealed, context(store, keyOf(store, record)));
}

/** The diary is locked: nothing can be read or written until the passcode is given. */
export class LockedError extends Error {
  constructor() {
    super('The diary is locked');
    this.name = 'LockedError';
  }
}

/** Another tab switched the lock on or off, or changed the passcode: reload before writing. */
export class LockChangedError extends Error {
  constructor() {
    super('The lock changed in another tab');
    this.name = 'LockChangedError';
  }
}
