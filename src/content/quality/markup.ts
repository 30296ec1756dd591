import { renderMarkdown } from '../build/render-markdown.ts';

/**
 * The HTML a module body may render to. Every module is shown by one template with one stylesheet,
 * so the accessibility check runs axe on sample modules only (tests/e2e/a11y.spec.ts); this list
 * keeps the rest of the modules within what those samples cover. Add a tag here only together
 * with a sample module that uses it.
 */
export const MODULE_TAGS = ['h2', 'h3', 'p', 'ul', 'ol', 'li', 'a', 'strong', 'em'] as const;

/** The element names in a module's rendered body. */
export function tagsUsed(markdown: string): Set<string> {
  const { html } = renderMarkdown(markdown);
  return new Set([...html.matchAll(/<([a-z][a-z0-9]*)[\s>/]/g)].map((match) => match[1]!));
}

/** Markup that axe would flag, or that the sample modules do not stand for. */
export function markupProblems(markdown: string): string[] {
  const { html } = renderMarkdown(markdown);
  const problems: string[] = [];
  const allowed: readonly string[] = MODULE_TAGS;
  for (const tag of tagsUsed(markdown)) if (!allowed.includes(tag)) problems.push(`<${tag}> is not part of the module template (allowed: ${MODULE_TAGS.join(', ')})`);
  for (const match of html.matchAll(/<a [^>]*>(.*?)<\/a>/gs)) {
    if (match[1]!.replace(/<[^>]+>/g, '').trim() === '') problems.push(`a link without text: ${match[0]}`);
  }
  for (const match of html.matchAll(/<(h[23])[^>]*>(.*?)<\/\1>/gs)) {
    if (match[2]!.replace(/<[^>]+>/g, '').trim() === '') problems.push(`an empty ${match[1]} heading`);
  }
  const firstH2 = html.indexOf('<h2');
  const firstH3 = html.indexOf('<h3');
  if (firstH3 !== -1 && (firstH2 === -1 || firstH3 < firstH2)) problems.push('an ### heading before the first ## heading skips a level');
  return problems;
}
