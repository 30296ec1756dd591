import { lazy } from 'preact-iso';
import type { ComponentType } from 'preact';
import { loadStrings, localeOfPath } from './i18n';
import type { StringPart } from './string-parts';

/**
 * A lazily loaded route that also brings the UI strings it shows, in the language of the page
 * it is opened on (switching language is a full page load, so this language is the page's).
 */
export function lazyRoute<Props>(parts: readonly StringPart[], load: () => Promise<{ default: ComponentType<Props> }>) {
  return lazy(() =>
    Promise.all([load(), loadStrings(localeOfPath(typeof location === 'undefined' ? '/' : location.pathname), parts)]).then(([module]) => module.default),
  );
}
