/**
 * A short message for the plan page, left by the screen the parent comes from: "your plan is
 * ready" (the builder's last step) or "your entry is saved" (the diary editor, opened from the
 * plan). Kept in memory only and said once, so a reload or a later visit shows the plan without it.
 */
export type PlanNotice = 'ready' | 'entrySaved';

let notice: PlanNotice | null = null;

export function leavePlanNotice(next: PlanNotice): void {
  notice = next;
}

/** The notice left for the plan page, once. */
export function takePlanNotice(): PlanNotice | null {
  const current = notice;
  notice = null;
  return current;
}
