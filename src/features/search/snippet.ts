import { foldTerm } from './search-options';

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/** The text with accents and case folded, and for each folded character its place in the original. */
function folded(text: string): { value: string; origin: number[] } {
  let value = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const part = foldTerm(text[i]!);
    value += part;
    for (let j = 0; j < part.length; j++) origin.push(i);
  }
  return { value, origin };
}

/** A short piece of `text` around the first of `terms`, with the match marked; null when none occurs. */
export function makeSnippet(text: string, terms: string[], radius = 70): Snippet | null {
  const { value, origin } = folded(text);
  let found: { start: number; end: number } | null = null;
  for (const term of terms) {
    const at = value.search(new RegExp(`(^|[^\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'));
    if (at < 0) continue;
    const start = at + (value[at] === term[0] ? 0 : 1);
    if (!found || start < found.start) found = { start, end: start + term.length };
  }
  if (!found) return null;
  const start = origin[found.start]!;
  const end = (origin[found.end - 1] ?? start) + 1;
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - radius)) + 1);
  const toSpace = text.indexOf(' ', Math.min(text.length, end + radius));
  const to = toSpace < 0 ? text.length : toSpace;
  return {
    before: `${from > 0 ? '… ' : ''}${text.slice(from, start)}`,
    match: text.slice(start, end),
    after: `${text.slice(end, to)}${to < text.length ? ' …' : ''}`,
  };
}

export interface Section {
  anchor: string;
  heading: string;
  text: string;
}

/** The `##` sections of a module's HTML, each with its anchor, heading and plain text. */
export function sectionsOf(html: string): Section[] {
  const doc = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  const sections: Section[] = [];
  for (const heading of Array.from(doc.querySelectorAll('h2'))) {
    const parts: string[] = [];
    for (let node = heading.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling) {
      parts.push(node.textContent ?? '');
    }
    sections.push({ anchor: heading.id, heading: heading.textContent ?? '', text: parts.join(' ').replace(/\s+/g, ' ').trim() });
  }
  return sections;
}

export interface Location {
  anchor: string;
  heading: string;
  snippet: Snippet | null;
}

/** Where in the module the terms first occur: the section (with its anchor) and a snippet. */
export function locateMatch(html: string, terms: string[]): Location | null {
  const sections = sectionsOf(html);
  for (const section of sections) {
    const snippet = makeSnippet(section.text, terms);
    if (snippet) return { anchor: section.anchor, heading: section.heading, snippet };
  }
  const titled = sections.find((section) => makeSnippet(section.heading, terms));
  if (titled) return { anchor: titled.anchor, heading: titled.heading, snippet: null };
  const first = sections[0];
  return first ? { anchor: first.anchor, heading: first.heading, snippet: null } : null;
}
