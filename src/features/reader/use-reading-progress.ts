import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { readingOf, recordPosition } from '../../storage/reading';
import { takeResumeRequest } from './resume';

const SAVE_EVERY_MS = 800;

/** How far down the article the bottom of the screen is, 0–1. */
function positionIn(article: HTMLElement): number {
  const box = article.getBoundingClientRect();
  if (box.height <= 0) return 0;
  return Math.min(1, Math.max(0, (window.innerHeight - box.top) / box.height));
}

/**
 * Keeps the parent's place in a module on the device: opening starts it, scrolling moves the
 * position, and reaching the end (the sources) marks it read. "Continue reading" scrolls back.
 */
export function useReadingProgress(id: string, article: RefObject<HTMLElement>, end: RefObject<HTMLElement>): void {
  useEffect(() => {
    const element = article.current;
    if (!element) return;
    const before = readingOf(id);
    if (takeResumeRequest(id) && before && !location.hash) {
      const box = element.getBoundingClientRect();
      window.scrollTo({ top: window.scrollY + box.top + before.position * box.height - window.innerHeight });
    }
    recordPosition(id, before?.position ?? 0);

    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      timer = undefined;
      recordPosition(id, positionIn(element));
    };
    const onScroll = () => {
      timer ??= setTimeout(save, SAVE_EVERY_MS);
    };
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) recordPosition(id, positionIn(element), true);
    });
    if (end.current) observer.observe(end.current);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', save);
    return () => {
      if (timer) {
        clearTimeout(timer);
        save();
      }
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save);
    };
  }, [id]);
}
