import { MAX_BACKUP_BYTES } from '../backup/backup-format';
import { parseBackup, type BackupProblem, type ParseResult } from '../backup/parse-backup';

export type { BackupProblem };

/** Reads a chosen file as a backup; a file that is too large is refused before it is read. */
export async function readBackupFile(file: Blob): Promise<ParseResult> {
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, problem: { code: 'tooLarge', limit: MAX_BACKUP_BYTES } };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  return parseBackup(text, file.size);
}
