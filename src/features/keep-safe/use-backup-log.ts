import { useEffect, useState } from 'preact/hooks';
import { backupReminderPostponedUntil, lastBackupAt, onBackupLogChange } from '../../storage/backup-log';

export interface BackupLog {
  lastBackupAt: string | null;
  postponedUntil: string | null;
}

/** The last backup and the reminder's postponement on this device; null until mounted. */
export function useBackupLog(): BackupLog | null {
  const [log, setLog] = useState<BackupLog | null>(null);
  useEffect(() => {
    const read = () => setLog({ lastBackupAt: lastBackupAt(), postponedUntil: backupReminderPostponedUntil() });
    read();
    return onBackupLogChange(read);
  }, []);
  return log;
}
