import { useT } from '../../app/i18n';
import type { BackupProblem } from './read-backup-file';

const FIELDS = [
  // entries
  'id',
  'occurredAt',
  'createdAt',
  'updatedAt',
  'kind',
  'text',
  'tension',
  'tags',
  'planItemId',
  'revision',
  // plans (id, createdAt and updatedAt as above)
  'step',
  'items',
  'startItemIds',
  'changes',
  'contact',
  'escalation',
  'supporters',
  'reviewOn',
  'completedAt',
  // the file
  'diary',
  'plans',
  'exportedAt',
] as const;
type KnownField = (typeof FIELDS)[number];

function isKnownField(field: string | undefined): field is KnownField {
  return (FIELDS as readonly (string | undefined)[]).includes(field);
}

/** Why a backup file was refused, in words, and that nothing on the device has changed. */
export function BackupProblemMessage({ problem }: { problem: BackupProblem }) {
  const t = useT();
  const field = isKnownField(problem.field) ? t(`data.fields.${problem.field}`) : problem.field;
  const limit = problem.code === 'tooLarge' && problem.limit !== undefined ? `${Math.round(problem.limit / 1024 / 1024)} MB` : problem.limit;
  const code =
    problem.code === 'futureDate'
      ? problem.entry !== undefined
        ? 'futureDateEntry'
        : problem.plan !== undefined
          ? 'futureDatePlan'
          : 'futureDateFile'
      : field
        ? problem.code
        : problem.code === 'invalidEntry'
          ? 'invalidEntryNoField'
          : problem.code === 'invalidPlan'
            ? 'invalidPlanNoField'
            : problem.code;
  return (
    <p class="form-problem" role="alert">
      {t(`data.problems.${code}`, {
        entry: problem.entry,
        otherEntry: problem.otherEntry,
        plan: problem.plan,
        otherPlan: problem.otherPlan,
        field,
        limit,
        version: problem.version,
      })}
    </p>
  );
}
