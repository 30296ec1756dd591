import { useT } from '../../app/i18n';
import type { BackupProblem } from './read-backup-file';

const FIELDS = ['id', 'occurredAt', 'createdAt', 'updatedAt', 'kind', 'text', 'tension', 'tags', 'planItemId'] as const;

/** Why a backup file was refused, in words, and that nothing on the device has changed. */
export function BackupProblemMessage({ problem }: { problem: BackupProblem }) {
  const t = useT();
  const field = (FIELDS as readonly string[]).includes(problem.field ?? '') ? t(`data.fields.${problem.field as (typeof FIELDS)[number]}`) : (problem.field ?? '');
  const limit = problem.code === 'tooLarge' && problem.limit !== undefined ? `${Math.round(problem.limit / 1024 / 1024)} MB` : problem.limit;
  return (
    <p class="form-problem" role="alert">
      {t(`data.problems.${problem.code}`, {
        entry: problem.entry,
        otherEntry: problem.otherEntry,
        field,
        limit,
        version: problem.version,
      })}
    </p>
  );
}
