/**
 * Kier never runs inside a frame of another page. A page elsewhere could frame, say, the data page
 * under a decoy and lure two clicks onto "Delete everything" (clickjacking). Hosts should send
 * `Content-Security-Policy: frame-ancestors 'none'` (see the README's deploy section); for hosts that
 * cannot send headers, this guard refuses from script: the app is not started, the page's content is
 * hidden, and a short message offers to open Kier in a tab of its own.
 */
export function isFramed(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    // Reading window.top may throw in odd embedders: treat it as framed.
    return true;
  }
}

const MESSAGE = {
  nl: { text: 'Kier opent niet binnen een andere website.', link: 'Open Kier in een eigen tabblad' },
  en: { text: 'Kier does not open inside another website.', link: 'Open Kier in a tab of its own' },
} as const;

/** Hides the page and says why; returns true when framed (the app must then not start). */
export function refuseToRunInFrame(): boolean {
  if (!isFramed()) return false;
  const strings = location.pathname.startsWith('/en') ? MESSAGE.en : MESSAGE.nl;
  document.documentElement.setAttribute('data-framed', 'true');
  const main = document.createElement('main');
  main.className = 'framed-notice';
  const text = document.createElement('p');
  text.textContent = strings.text;
  const link = document.createElement('a');
  link.href = location.pathname;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = strings.link;
  const linkLine = document.createElement('p');
  linkLine.append(link);
  main.append(text, linkLine);
  document.body.replaceChildren(main);
  return true;
}
