import { tabChannel } from '../tab-channel';
import { forgetLockState } from './lock-state';

/**
 * Tells other open tabs that the lock was switched on or off or its passcode changed. They
 * forget what they knew (and their key) and read the lock again before the next read or write.
 * The message carries nothing: no key, no passcode, no text.
 */
const channel = tabChannel<'changed'>('kier:lock');
let listening = false;

export function publishLockChange(): void {
  channel.post('changed');
}

/** Starts listening (called when the lock feature loads). */
export function listenForLockChanges(): void {
  if (listening) return;
  listening = true;
  channel.listen(() => forgetLockState());
}
