import { lockRepository, type UnlockResult } from '../../storage/lock/lock-repository';
import { rememberUnlockPasscode, setWeakPasscode, unlockedWithWeakPasscode } from './weak-passcode';

const START = 'kier-unlock-start';

/**
 * Unlocks with the passcode, recorded as the performance measure 'kier-unlock' (the key
 * derivation is most of it) for `npm run bench`. The measure holds a duration, never the code.
 */
export async function measuredUnlock(passcode: string): Promise<UnlockResult> {
  performance.mark(START);
  // Before unlocking: the lock page renders as soon as the key is there, and reads it then.
  const before = unlockedWithWeakPasscode();
  rememberUnlockPasscode(passcode);
  const result = await lockRepository.unlock(passcode).catch((error: unknown) => {
    setWeakPasscode(before);
    throw error;
  });
  if (!result.ok) setWeakPasscode(before);
  if (result.ok || result.reason === 'wrong') {
    try {
      performance.measure('kier-unlock', START);
    } catch {
      // No measure in this browser: the benchmark simply has no figure.
    }
  }
  return result;
}
