/** A phone-sized window (a Pixel 7's CSS pixels), as in the Chromium suite. */
export const PHONE = { width: 412, height: 915 };

/**
 * Calls `attempt` until it returns something other than null, false or undefined, or throws
 * after `timeout` ms naming what it waited for.
 */
export async function poll<T>(
  what: string,
  attempt: () => Promise<T | null | undefined | false>,
  timeout = 10_000,
  explain: () => Promise<string> = async () => '',
): Promise<T> {
  const end = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const result = await attempt();
      if (result !== null && result !== undefined && result !== false) return result;
    } catch (error) {
      // A navigation can destroy the page's context mid-call; try again.
      lastError = error;
    }
    if (Date.now() > end) {
      const seen = await explain().catch(() => '');
      throw new Error(`Waited ${timeout / 1000} s for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}${seen ? `\n${seen}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
