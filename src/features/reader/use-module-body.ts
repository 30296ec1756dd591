import { useRef, useState } from 'preact/hooks';
import type { Locale } from '../../app/locales';
import { readBody } from '../../content/catalog';
import type { ModuleBody } from '../../content/types';

/**
 * A module body, suspending until its chunk is loaded (as preact-iso's `lazy` does):
 * prerendering waits for it, hydration keeps the server HTML, and the component
 * re-renders itself once the body arrives.
 */
export function useModuleBody(locale: Locale, id: string): ModuleBody | null {
  const [, rerender] = useState(0);
  const waiting = useRef<Promise<unknown> | null>(null);
  try {
    return readBody(locale, id);
  } catch (pending) {
    if (!(pending instanceof Promise)) throw pending;
    waiting.current ??= pending.then(() => rerender((n) => n + 1));
    throw pending;
  }
}
