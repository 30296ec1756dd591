import { MAX_BACKUP_BYTES } from '../backup/backup-format';
import { MAX_ENCRYPTED_BACKUP_BYTES } from '../backup/encrypted-format';
import { checkBackup, type BackupCheck, type BackupProblem } from '../backup/parse-backup';

export type { BackupCheck, BackupProblem };

/**
 * Reads a chosen file as a backup: an ordinary one, checked whole, or an encrypted one, which
 * then needs its password (openEncryptedBackup). A file larger than any backup can be is
 * refused before it is read.
 */
export async function readBackupFile(file: Blob): Promise<BackupCheck> {
  if (file.size > MAX_ENCRYPTED_BACKUP_BYTES) return { kind: 'problem', problem: { code: 'tooLarge', limit: MAX_BACKUP_BYTES } };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: 'problem', problem: { code: 'notJson' } };
  }
  return checkBackup(text, file.size);
}
