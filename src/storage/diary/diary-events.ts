/**
 * Tells every open tab of the app that the diary changed, so two tabs never show different
 * diaries. Messages carry ids only, never text.
 */
export type DiaryChange =
  | { type: 'saved'; id: string; replacedOther: boolean }
  | { type: 'deleted'; id: string }
  | { type: 'restored'; id: string }
  | { type: 'replaced' };

type Listener = (change: DiaryChange, fromOtherTab: boolean) => void;

const CHANNEL = 'kier:diary';
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null | undefined;

function openChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  channel?.addEventListener('message', (event: MessageEvent<DiaryChange>) => {
    for (const listener of listeners) listener(event.data, true);
  });
  return channel;
}

export function publishDiaryChange(change: DiaryChange): void {
  for (const listener of listeners) listener(change, false);
  openChannel()?.postMessage(change);
}

export function onDiaryChange(listener: Listener): () => void {
  openChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
