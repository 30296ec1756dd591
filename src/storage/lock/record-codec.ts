import type { StoreAccess } from '../db/database';
import type { MetaRecord } from '../db/schema';
import { database } from '../db/open-database';
import { isLockConfig, LOCK_META_KEY, lockFingerprint } from './lock-config';
import { knownFingerprint, lockStatus, sessionKey, setLockOff, setLocked } from './lock-state';
import { LockChangedError, LockedError, openRecord, sealRecord, type Plain, type SealedStoreName, type Stored } from './sealed-records';

/**
 * What repositories use to read and write the records the lock protects. Encryption runs
 * before a write transaction starts and decryption after a read has finished: IndexedDB commits
 * a transaction as soon as it waits on anything but its own requests, so no crypto runs inside.
 */

/** Learns once per page whether the lock is on (the meta record), before the first read or write. */
export async function ensureLockState(): Promise<void> {
  if (lockStatus() !== 'unknown') return;
  const db = await database();
  const record = await db.transaction(['meta'], 'readonly', ({ meta }) => meta.get(LOCK_META_KEY));
  if (lockStatus() !== 'unknown') return;
  const config = isLockConfig(record?.value) ? record.value : undefined;
  if (config) setLocked(lockFingerprint(config));
  else setLockOff();
}

/** Records ready to be put: sealed while the lock is on. Throws when it is on and locked. */
export async function toStored<S extends SealedStoreName>(store: S, records: readonly Plain<S>[]): Promise<Stored<S>[]> {
  await ensureLockState();
  const status = lockStatus();
  if (status === 'off') return [...records] as Stored<S>[];
  const key = sessionKey();
  if (!key) throw new LockedError();
  return Promise.all(records.map((record) => sealRecord(store, record, key)));
}

/** Stored records as the app uses them. Throws when one is sealed and the diary is locked. */
export async function fromStored<S extends SealedStoreName>(store: S, records: readonly Stored<S>[]): Promise<Plain<S>[]> {
  await ensureLockState();
  const key = sessionKey();
  return Promise.all(records.map((record) => openRecord(store, record, key)));
}

export async function fromStoredOne<S extends SealedStoreName>(store: S, record: Stored<S> | undefined): Promise<Plain<S> | undefined> {
  return record === undefined ? undefined : (await fromStored(store, [record]))[0];
}

/**
 * Inside a write transaction: refuses to write when the lock on the device is not the one this
 * tab sealed the records for (another tab switched it on or off, or changed the passcode), so
 * sealed and clear records never mix.
 */
export async function guardLock(meta: StoreAccess<MetaRecord>): Promise<void> {
  const record = await meta.get(LOCK_META_KEY);
  const config = isLockConfig(record?.value) ? record.value : undefined;
  if (lockFingerprint(config) !== knownFingerprint()) throw new LockChangedError();
}
