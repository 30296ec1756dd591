import MiniSearch, { type AsPlainObject } from 'minisearch';
import { SEARCH_OPTIONS, type ModuleDocument } from '../../features/search/search-options.ts';
import { stripInline } from '../quality/prose.ts';

export interface IndexableModule {
  id: string;
  title: string;
  summary: string;
  tags: string[];
  markdown: string;
}

export function moduleDocument(module: IndexableModule): ModuleDocument {
  const headings = [...module.markdown.matchAll(/^#{2,3} +(.+)$/gm)].map((match) => match[1]!);
  const text = stripInline(module.markdown.replace(/^#{2,3} +.+$/gm, ' ').replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, ''));
  return { id: module.id, title: module.title, summary: module.summary, tags: module.tags.join(' '), headings: headings.join(' '), text };
}

/** The serialised index for one language; shipped, encoded by `encodeIndex`, as its own lazily loaded chunk. */
export function buildSearchIndex(modules: IndexableModule[]): AsPlainObject {
  const search = new MiniSearch<ModuleDocument>(SEARCH_OPTIONS);
  search.addAll(modules.map(moduleDocument));
  return search.toJSON();
}
