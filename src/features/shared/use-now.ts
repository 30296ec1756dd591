import { useEffect, useState } from 'preact/hooks';

/**
 * The device's time, read after the page has hydrated (a prerendered page cannot know it) and
 * again every minute. Null while prerendering and on the first render.
 */
export function useNow(everyMs = 60_000): Date | null {
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
