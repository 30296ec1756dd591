/**
 * Why IndexedDB could not be opened although the browser does allow it. None of these fall back
 * to memory: the data is still on the device, and a page that pretended to save would lose text.
 * - 'newer': the stored database is newer than this build (a rollback, a stale cached build);
 * - 'blocked': another tab keeps an older version open and does not let go;
 * - 'timeout': opening took too long.
 */
export type UnavailableReason = 'newer' | 'blocked' | 'timeout';

export class DatabaseUnavailableError extends Error {
  constructor(readonly reason: UnavailableReason) {
    super(`IndexedDB could not be opened (${reason})`);
    this.name = 'DatabaseUnavailableError';
  }
}

/** Only these mean the browser refuses storage (private modes, storage switched off). */
const REFUSALS = new Set(['SecurityError', 'InvalidStateError', 'NotAllowedError']);

/** True when the error means "this browser does not let the app store anything here". */
export function isStorageRefusal(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return false;
  if (error instanceof Error && error.message === 'IndexedDB is not available') return true;
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' && REFUSALS.has(name);
}

/** The reason to show when the error is not a refusal. */
export function unavailableReasonOf(error: unknown): UnavailableReason {
  if (error instanceof DatabaseUnavailableError) return error.reason;
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'VersionError' ? 'newer' : 'timeout';
}
