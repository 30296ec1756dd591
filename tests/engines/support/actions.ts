import type { Engine } from './engine';
import { DESCRIBE_PAGE } from './find';
import { poll } from './wait';

/** The page's visible text, whitespace collapsed. */
export function pageText(engine: Engine): Promise<string> {
  return engine.run<string>(`() => document.body.innerText.replace(/\\s+/g, ' ')`);
}

/** Waits until the page shows `text` (a substring, or a pattern). */
export async function waitForText(engine: Engine, text: string | RegExp, timeout?: number): Promise<void> {
  await poll(`the text ${String(text)}`, async () => {
    const shown = await pageText(engine);
    return typeof text === 'string' ? shown.includes(text) : text.test(shown);
  }, timeout, () => engine.run<string>(DESCRIBE_PAGE));
}

/** Waits until the page's h1 contains `name`. */
export async function waitForHeading(engine: Engine, name: string, timeout?: number): Promise<void> {
  await poll(`the heading "${name}"`, async () => {
    // As Playwright's role names: the heading contains the name (a builder step reads "Stap 1 van 8 …").
    const headings = await engine.run<string[]>(`() => [...document.querySelectorAll('h1')].map((h) => h.textContent.replace(/\\s+/g, ' ').trim())`);
    return headings.some((heading) => heading.includes(name));
  }, timeout, () => engine.run<string>(DESCRIBE_PAGE));
}

/** Waits until the page component is hydrated (its controls react from here on). */
export async function waitForHydration(engine: Engine): Promise<void> {
  await poll('hydration (html[data-ready])', () => engine.run<boolean>(`() => document.documentElement.dataset.ready === 'true'`));
}

export async function gotoReady(engine: Engine, url: string): Promise<void> {
  await engine.goto(url);
  await waitForHydration(engine);
}

/** Waits until the service worker has installed the precache and controls the page. */
export async function waitForServiceWorker(engine: Engine): Promise<void> {
  await poll(
    'the service worker to control the page',
    () =>
      engine.run<boolean>(`async () => {
        if (!('serviceWorker' in navigator)) throw new Error('no service worker in this browser');
        await navigator.serviceWorker.ready;
        return navigator.serviceWorker.controller !== null;
      }`),
    60_000,
  );
}

/** The number of records in one IndexedDB store, read as the app left it. */
export function countRecords(engine: Engine, store: string): Promise<number> {
  return engine.run<number>(
    `(name) => new Promise((resolve, reject) => {
      const open = indexedDB.open('kier');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains(name)) { db.close(); resolve(0); return; }
        const request = db.transaction(name).objectStore(name).count();
        request.onsuccess = () => { db.close(); resolve(request.result); };
        request.onerror = () => reject(request.error);
      };
    })`,
    store,
  );
}
