import { useEffect, useRef, useState } from 'preact/hooks';
import { formatTimestampDay } from '../../app/format-date';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { postponeBackupReminder } from '../../storage/backup-log';
import { backupReminderDue, postponedUntil } from './backup-reminder';
import { useBackupLog } from './use-backup-log';

/**
 * The diary's gentle backup reminder (rules in backup-reminder.ts): a link to "Back-up maken"
 * and "Later", which puts it away for a week. Inline, never a modal.
 */
export function BackupReminder({ entries }: { entries: readonly { updatedAt: string }[] }) {
  const t = useT();
  const locale = useLocale();
  const log = useBackupLog();
  const [postponed, setPostponed] = useState(false);
  const thanks = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (postponed) thanks.current?.focus();
  }, [postponed]);

  if (postponed) {
    return (
      <p ref={thanks} tabIndex={-1} class="muted" role="status">
        {t('keepSafe.reminder.laterDone')}
      </p>
    );
  }
  if (log === null || !backupReminderDue({ entries, lastBackupAt: log.lastBackupAt, postponedUntil: log.postponedUntil, now: new Date() })) return null;
  const never = log.lastBackupAt === null;
  return (
    <section class="notice backup-reminder" aria-labelledby="backup-reminder-title">
      <h2 id="backup-reminder-title">{t(never ? 'keepSafe.reminder.titleNever' : 'keepSafe.reminder.titleStale')}</h2>
      <p>{never ? t('keepSafe.reminder.textNever', { count: entries.length }) : t('keepSafe.reminder.textStale', { date: formatTimestampDay(log.lastBackupAt ?? '', locale) })}</p>
      <p class="notice__actions">
        <a class="button button--primary" href={`${pathFor(locale, { name: 'data' })}#export-title`}>
          {t('keepSafe.reminder.make')}
        </a>
        <button
          type="button"
          class="button button--quiet"
          onClick={() => {
            setPostponed(true);
            postponeBackupReminder(postponedUntil(new Date()));
          }}
        >
          {t('keepSafe.reminder.later')}
        </button>
      </p>
    </section>
  );
}
