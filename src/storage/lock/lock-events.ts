import { forgetLockState } from './lock-state';

/**
 * Tells other open tabs that the lock was switched on or off or its passcode changed. They
 * forget what they knew (and their key) and read the lock again before the next read or write.
 * The message carries nothing: no key, no passcode, no text.
 */
const CHANNEL = 'kier:lock';
let channel: BroadcastChannel | null | undefined;

function open(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  channel?.addEventListener('message', () => forgetLockState());
  return channel;
}

export function publishLockChange(): void {
  open()?.postMessage('changed');
}

/** Starts listening (called when the lock feature loads). */
export function listenForLockChanges(): void {
  open();
}
