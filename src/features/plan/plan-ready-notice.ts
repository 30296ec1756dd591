/**
 * "Your plan is ready": left by the builder's last step for the plan page, which says it once.
 * Kept in memory only, so a reload or a later visit shows the plan without it.
 */
let ready = false;

export function leavePlanReady(): void {
  ready = true;
}

/** True once after the builder left the notice. */
export function takePlanReady(): boolean {
  const current = ready;
  ready = false;
  return current;
}
