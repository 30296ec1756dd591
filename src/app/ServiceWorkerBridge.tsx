import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Loads the update prompt after hydration, so registering the service worker never
 * delays the first paint and never runs while prerendering.
 */
export function ServiceWorkerBridge() {
  const [Prompt, setPrompt] = useState<FunctionComponent | null>(null);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let cancelled = false;
    void import('./UpdatePrompt').then((module) => {
      if (!cancelled) setPrompt(() => module.UpdatePrompt);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return Prompt ? <Prompt /> : null;
}
