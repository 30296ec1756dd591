import { tabChannel } from '../tab-channel';

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

const channel = tabChannel<DiaryChange>('kier:diary');
const listeners = new Set<Listener>();
let forwarding = false;

export function publishDiaryChange(change: DiaryChange): void {
  for (const listener of listeners) listener(change, false);
  channel.post(change);
}

export function onDiaryChange(listener: Listener): () => void {
  if (!forwarding) {
    forwarding = true;
    channel.listen((change) => {
      for (const each of listeners) each(change, true);
    });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
