import { formatTimestampDay } from '../../app/format-date';
import { useLocale, useT } from '../../app/i18n';
import { useBackupLog } from './use-backup-log';

/** "Laatste back-up: 3 december 2026." or "nog geen back-up", for the data page and the diary. */
export function LastBackup({ className }: { className?: string }) {
  const t = useT();
  const locale = useLocale();
  const log = useBackupLog();
  if (log === null) return null;
  return (
    <p class={className} data-testid="last-backup">
      {log.lastBackupAt === null ? t('keepSafe.lastBackup.never') : t('keepSafe.lastBackup.at', { date: formatTimestampDay(log.lastBackupAt, locale) })}
    </p>
  );
}
