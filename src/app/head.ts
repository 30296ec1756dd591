import { useEffect } from 'preact/hooks';

export interface PageHead {
  title: string;
  description?: string;
}

const isServer = typeof document === 'undefined';
let serverHead: PageHead = { title: 'Kier' };

function fullTitle(title: string): string {
  return title === 'Kier' ? title : `${title} · Kier`;
}

/** Sets the document title (and description) for the page; also recorded while prerendering. */
export function usePageHead(head: PageHead): void {
  if (isServer) serverHead = head;
  useEffect(() => {
    document.title = fullTitle(head.title);
    if (head.description) {
      document.querySelector('meta[name="description"]')?.setAttribute('content', head.description);
    }
  }, [head.title, head.description]);
}

/** Read by the prerender step after a page is rendered. */
export function takeServerHead(): PageHead & { fullTitle: string } {
  const head = serverHead;
  serverHead = { title: 'Kier' };
  return { ...head, fullTitle: fullTitle(head.title) };
}
