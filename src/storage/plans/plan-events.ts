import { tabChannel } from '../tab-channel';

/**
 * Tells the other open tabs that a plan was saved, so a builder open in two windows never
 * silently writes over the other's work. Messages carry the plan's random id only.
 */
const channel = tabChannel<string>('kier:plans');

export function publishPlanSaved(planId: string): void {
  channel.post(planId);
}

/** Plans saved in OTHER tabs (this tab knows its own saves). */
export function onPlanSavedElsewhere(listener: (planId: string) => void): () => void {
  return channel.listen(listener);
}
