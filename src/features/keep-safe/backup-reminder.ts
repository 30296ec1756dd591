/** A first reminder once the diary holds this many entries and there has never been a backup. */
export const REMIND_FROM_ENTRIES = 5;
/** A backup older than this, with entries written or changed since, is worth renewing. */
export const BACKUP_STALE_DAYS = 14;
/** "Later" puts the reminder away for this long. */
export const POSTPONE_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReminderFacts {
  /** The diary's entries (only their last change matters). */
  entries: readonly { updatedAt: string }[];
  /** ISO timestamp of the last backup made on this device, or null. */
  lastBackupAt: string | null;
  /** ISO timestamp until which "Later" holds, or null. */
  postponedUntil: string | null;
  now: Date;
}

/**
 * Whether the diary shows the gentle backup reminder: never a backup and at least five
 * entries, or the last backup more than 14 days old with entries written or changed since;
 * never while "Later" holds.
 */
export function backupReminderDue({ entries, lastBackupAt, postponedUntil, now }: ReminderFacts): boolean {
  if (postponedUntil !== null && now.getTime() < Date.parse(postponedUntil)) return false;
  if (lastBackupAt === null) return entries.length >= REMIND_FROM_ENTRIES;
  const last = Date.parse(lastBackupAt);
  if (now.getTime() - last <= BACKUP_STALE_DAYS * DAY_MS) return false;
  return entries.some((entry) => Date.parse(entry.updatedAt) > last);
}

export function postponedUntil(now: Date): Date {
  return new Date(now.getTime() + POSTPONE_DAYS * DAY_MS);
}
