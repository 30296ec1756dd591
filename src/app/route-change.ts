/**
 * After a client-side navigation: start at the top of the new page (or at its anchor)
 * and move keyboard and screen-reader focus to its heading, as a page load would.
 */
export function onRouteChange(): void {
  requestAnimationFrame(() => {
    const hash = decodeURIComponent(location.hash.slice(1));
    const target = hash ? document.getElementById(hash) : null;
    if (target) {
      target.scrollIntoView();
      return;
    }
    window.scrollTo(0, 0);
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
  });
}
