import { useEffect } from 'preact/hooks';

export interface PageHead {
  title: string;
  description?: string;
}

const isServer = typeof document === 'undefined';
let serverHead: PageHead = { title: 'Kier' };
/** The path whose page last announced itself; null until the first page has rendered. */
let announcedPath: string | null = null;

function fullTitle(title: string): string {
  return title === 'Kier' ? title : `${title} · Kier`;
}

/**
 * After a client-side navigation, do what a page load would: land on the anchor if the URL
 * has one, else move keyboard and screen-reader focus to the new page's heading.
 */
function announceNavigation(): void {
  const path = location.pathname;
  if (announcedPath === path) return;
  const first = announcedPath === null;
  announcedPath = path;
  if (first) return; // A full page load: the browser already handles focus and anchors.
  const anchor = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (anchor) {
    anchor.scrollIntoView();
    return;
  }
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
}

/**
 * Sets the document title and description of a page (also recorded while prerendering),
 * and moves focus to the page once it has really rendered after a navigation.
 */
export function usePageHead(head: PageHead): void {
  if (isServer) serverHead = head;
  useEffect(() => {
    document.title = fullTitle(head.title);
    if (head.description) {
      document.querySelector('meta[name="description"]')?.setAttribute('content', head.description);
    }
    announceNavigation();
    // The page component is live (hydrated or rendered): its controls react from here on.
    document.documentElement.dataset.ready = 'true';
  }, [head.title, head.description]);
}

/** Read by the prerender step after a page is rendered. */
export function takeServerHead(): PageHead & { fullTitle: string } {
  const head = serverHead;
  serverHead = { title: 'Kier' };
  return { ...head, fullTitle: fullTitle(head.title) };
}
