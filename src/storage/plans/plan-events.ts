/**
 * Tells the other open tabs that a plan was saved, so a builder open in two windows never
 * silently writes over the other's work. Messages carry the plan's random id only.
 */
type Listener = (planId: string) => void;

const CHANNEL = 'kier:plans';
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null | undefined;

function open(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  channel?.addEventListener('message', (event: MessageEvent<string>) => {
    for (const listener of listeners) listener(event.data);
  });
  return channel;
}

export function publishPlanSaved(planId: string): void {
  open()?.postMessage(planId);
}

/** Plans saved in OTHER tabs (this tab knows its own saves). */
export function onPlanSavedElsewhere(listener: Listener): () => void {
  open();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
