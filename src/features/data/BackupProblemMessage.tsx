import { useT } from '../../app/i18n';
import type { BackupProblem } from './read-backup-file';

const FIELDS = ['id', 'occurredAt', 'createdAt', 'updatedAt', 'kind', 'text', 'tension', 'tags', 'planItemId', 'diary', 'exportedAt'] as const;
type KnownField = (typeof FIELDS)[number];

function isKnownField(field: string | undefined): field is KnownField {
  return (FIELDS as readonly (string | undefined)[]).includes(field);
}

/** Why a backup file was refused, in words, and that nothing on the device has changed. */
export function BackupProblemMessage({ problem }: { problem: BackupProblem }) {
  const t = useT();
  const field = isKnownField(problem.field) ? t(`data.fields.${problem.field}`) : problem.field;
  const limit = problem.code === 'tooLarge' && problem.limit !== undefined ? `${Math.round(problem.limit / 1024 / 1024)} MB` : problem.limit;
  const code = problem.code === 'invalidEntry' && !field ? 'invalidEntryNoField' : problem.code;
  return (
    <p class="form-problem" role="alert">
      {t(`data.problems.${code}`, { entry: problem.entry, otherEntry: problem.otherEntry, field, limit, version: problem.version })}
    </p>
  );
}
