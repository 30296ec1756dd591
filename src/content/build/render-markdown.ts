import MarkdownIt from 'markdown-it';
import type { Heading } from '../types.ts';
import { slugify } from './slug.ts';

export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
  links: string[];
}

const SAFE_LINK = /^(\/(?!\/)|#|https:\/\/|tel:|mailto:)/i;

/** True for links a module may contain: same-site paths, anchors, https, tel: and mailto:. */
export function isSafeLink(href: string): boolean {
  return SAFE_LINK.test(href.trim());
}

function createRenderer() {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.validateLink = isSafeLink;

  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const href = String(token.attrGet('href') ?? '');
    if (/^https:/i.test(href)) token.attrSet('rel', 'noopener noreferrer');
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}

const md = createRenderer();

/**
 * Renders module markdown to HTML. Raw HTML is escaped, unsafe links are left as text,
 * `##` and `###` headings get stable anchor ids (unique within the module).
 */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const tokens = md.parse(markdown, {});
  const headings: Heading[] = [];
  const links: string[] = [];
  const used = new Map<string, number>();

  tokens.forEach((token: (typeof tokens)[number], index: number) => {
    if (token.type === 'heading_open' && (token.tag === 'h2' || token.tag === 'h3')) {
      const text = tokens[index + 1]?.content ?? '';
      const base = slugify(text);
      const count = used.get(base) ?? 0;
      used.set(base, count + 1);
      const id = count === 0 ? base : `${base}-${count + 1}`;
      token.attrSet('id', id);
      if (token.tag === 'h2') headings.push({ id, text });
    }
    for (const child of token.children ?? []) {
      if (child.type === 'link_open') links.push(String(child.attrGet('href') ?? ''));
    }
  });

  // Links markdown-it refused stay in the text as "[label](href)"; find them so the build can say so.
  const refused = [...markdown.matchAll(/\]\(([^)\s]+)[^)]*\)/g)]
    .map((match) => match[1] ?? '')
    .filter((href) => !isSafeLink(href));

  return { html: md.renderer.render(tokens, md.options, {}), headings, links: [...links, ...refused] };
}
