import type { BackupProblem } from './backup-format';

/**
 * How far after "now" a date in a backup file may lie: a day, for devices whose clocks disagree
 * a little (and time zones). Later dates are refused (issue #20, point 6): a plan made "in 2200"
 * would stay the current plan for ever, and an entry changed "next year" would win every merge.
 */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

interface Dated {
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
}

/**
 * The first date in the file that lies more than a day after `now`: the file's own date, then
 * each entry's and each plan's dates that decide what is newer or current. An entry's
 * `occurredAt` may lie ahead (a parent may note an appointment), so it is not checked.
 */
export function firstFutureDate(file: { exportedAt: string; diary: readonly Dated[]; plans: readonly Dated[] }, now: number): BackupProblem | null {
  const limit = now + FUTURE_SLACK_MS;
  const late = (value: string | undefined) => value !== undefined && Date.parse(value) > limit;
  if (late(file.exportedAt)) return { code: 'futureDate', field: 'exportedAt' };
  for (const [index, entry] of file.diary.entries()) {
    for (const field of ['createdAt', 'updatedAt'] as const) if (late(entry[field])) return { code: 'futureDate', entry: index + 1, field };
  }
  for (const [index, plan] of file.plans.entries()) {
    for (const field of ['createdAt', 'updatedAt', 'completedAt'] as const) if (late(plan[field])) return { code: 'futureDate', plan: index + 1, field };
  }
  return null;
}
