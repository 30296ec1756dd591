import { lockRepository, type UnlockResult } from '../../storage/lock/lock-repository';

const START = 'kier-unlock-start';

/**
 * Unlocks with the passcode, recorded as the performance measure 'kier-unlock' (the key
 * derivation is most of it) for `npm run bench`. The measure holds a duration, never the code.
 */
export async function measuredUnlock(passcode: string): Promise<UnlockResult> {
  performance.mark(START);
  const result = await lockRepository.unlock(passcode);
  if (result.ok || result.reason === 'wrong') {
    try {
      performance.measure('kier-unlock', START);
    } catch {
      // No measure in this browser: the benchmark simply has no figure.
    }
  }
  return result;
}
