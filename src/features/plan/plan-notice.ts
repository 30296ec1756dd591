import { createHandoff } from '../shared/handoff';

/**
 * A short message for the plan page, left by the screen the parent comes from: "your plan is
 * ready" (the builder's last step) or "your entry is saved" (the diary editor, opened from the
 * plan). Kept in memory only and said once, so a reload or a later visit shows the plan without it.
 */
export type PlanNotice = 'ready' | 'entrySaved';

const handoff = createHandoff<PlanNotice>();

export const leavePlanNotice: (next: PlanNotice) => void = handoff.leave;

/** The notice left for the plan page, once. */
export const takePlanNotice: () => PlanNotice | null = handoff.take;
