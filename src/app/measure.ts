/**
 * Records how long something took as a performance measure, for `npm run bench` to read.
 * Names only, never data; nothing leaves the page.
 */
export function measureSince(name: string, start: number, end = performance.now()): void {
  try {
    performance.measure(name, { start, end });
  } catch {
    // Older browsers without measure options: the benchmark simply has no figure.
  }
}
