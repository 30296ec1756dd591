import { database } from '../../src/storage/db/open-database';
import { LOCK_META_KEY, type LockConfig } from '../../src/storage/lock/lock-config';

/** The stored lock record, exactly as it is in the database. */
export async function storedLock(): Promise<LockConfig> {
  const db = await database();
  return (await db.transaction(['meta'], 'readonly', ({ meta }) => meta.get(LOCK_META_KEY)))!.value as LockConfig;
}

/** The stored lock record, changed as someone with the browser profile could change it. */
export async function tamperLock(change: (config: LockConfig) => LockConfig): Promise<void> {
  const db = await database();
  const config = await storedLock();
  await db.transaction(['meta'], 'readwrite', ({ meta }) => meta.put({ key: LOCK_META_KEY, value: change(config) }));
}
