import type { Query } from './engine';

/**
 * In-page source (kept as a string so no bundler helper leaks into it): returns the first
 * visible element matching a Query (for a radio or checkbox: its label), scrolled to the middle of the screen (at once, not smoothly, so a sticky header or
 * the tab bar cannot cover it), or null. Names follow a simplified accessible-name rule:
 * aria-label, aria-labelledby, the control's <label>, else its text.
 */
export const FIND_ELEMENT = `function findElement(query) {
  const normal = (text) => (text || '').replace(/\\s+/g, ' ').trim();
  const matches = (text) => typeof query.name === 'string'
    ? normal(text) === query.name
    : new RegExp(query.name.pattern, query.name.flags || '').test(normal(text));
  const selectors = {
    button: 'button, [role=button], input[type=submit], input[type=button]',
    link: 'a[href]',
    field: 'input:not([type=radio]):not([type=checkbox]), textarea, select',
    radio: 'input[type=radio]',
    checkbox: 'input[type=checkbox]',
    heading: 'h1, h2, h3, h4, h5, h6',
    img: 'img, svg[role=img], [role=img]',
  };
  const nameOf = (element) => {
    if (element.getAttribute('aria-label')) return element.getAttribute('aria-label');
    const ids = element.getAttribute('aria-labelledby');
    if (ids) return ids.split(/\\s+/).map((id) => document.getElementById(id)?.textContent || '').join(' ');
    if (element.labels && element.labels.length > 0) return [...element.labels].map((label) => label.textContent).join(' ');
    if (element.alt) return element.alt;
    return element.textContent;
  };
  // A radio or checkbox is clicked through its label, as a finger would (the input itself is often
  // drawn over or hidden behind a styled chip).
  const target = (element) => (query.role === 'radio' || query.role === 'checkbox') && element.labels?.[0] ? element.labels[0] : element;
  const shown = (element) => {
    const box = target(element).getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(target(element)).visibility !== 'hidden';
  };
  const scope = query.within ? document.querySelector(query.within) : document;
  const root = scope && query.group
    ? [...scope.querySelectorAll('fieldset')].find((fieldset) => normal(fieldset.querySelector('legend')?.textContent) === query.group)
    : scope;
  if (!root) return null;
  const found = [...root.querySelectorAll(selectors[query.role])].find((element) => matches(nameOf(element)) && shown(element));
  if (!found) return null;
  target(found).scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  return target(found);
}`;

/**
 * In-page source: FIND_ELEMENT, but only once the element has stopped moving: null until two calls
 * in a row (a poll apart) see it at the same place. A tap is aimed at coordinates, so an element
 * still carried by a smooth scroll (the plan builder scrolls to the top on each step) or by a
 * layout shift would be missed.
 */
export const FIND_SETTLED_ELEMENT = `function findSettledElement(query) {
  const found = (${FIND_ELEMENT})(query);
  if (!found) return null;
  const box = found.getBoundingClientRect();
  const place = [box.x, box.y, box.width, box.height, scrollX, scrollY].join(' ');
  const seen = (window.__kierSeenPlaces ??= new WeakMap());
  const settled = seen.get(found) === place;
  seen.set(found, place);
  return settled ? found : null;
}`;

export function describeQuery(query: Query): string {
  const name = typeof query.name === 'string' ? `"${query.name}"` : `/${query.name.pattern}/${query.name.flags ?? ''}`;
  return `${query.role} ${name}${query.group ? ` in the group "${query.group}"` : ''}${query.within ? ` in ${query.within}` : ''}`;
}

/** In-page source: what the page shows, for a failure message (address, h1 and the start of the text). */
export const DESCRIBE_PAGE = `() => 'On ' + location.pathname + ', h1 "' + (document.querySelector('h1')?.textContent.trim() ?? '') + '": '
  + document.body.innerText.replace(/\\s+/g, ' ').slice(0, 600)`;
