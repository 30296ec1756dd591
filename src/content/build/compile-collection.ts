import { LOCALES, type Locale } from '../../app/locales.ts';
import { parsePath } from '../../app/paths.ts';
import type { ModuleBody, ModuleMeta } from '../types.ts';
import { splitFrontMatter } from './front-matter.ts';
import { readingMinutes } from './reading-time.ts';
import { isSafeLink, renderMarkdown } from './render-markdown.ts';
import { parseFrontMatter, type FrontMatter } from './schema.ts';

export interface SourceFile {
  /** Path shown in error messages, e.g. "content/nl/wat-is-hikikomori.md". */
  file: string;
  locale: Locale;
  source: string;
}

export interface CompiledModule {
  file: string;
  /** The markdown body, for build-time uses such as the search index. */
  markdown: string;
  /** Front-matter tags: only the search index uses them, so they do not ship in the catalogue. */
  tags: string[];
  meta: ModuleMeta;
  body: ModuleBody;
  links: string[];
}

export type Collection = Record<Locale, CompiledModule[]>;

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

function compileFile({ file, locale, source }: SourceFile): CompiledModule {
  const { data, body } = splitFrontMatter(file, source);
  const front: FrontMatter = parseFrontMatter(file, data);
  const expectedName = file.split('/').pop()?.replace(/\.md$/, '');
  if (expectedName !== front.id) {
    throw new Error(`${file}: field 'id' is "${front.id}" but the file is named "${expectedName}.md"; they must match`);
  }
  const rendered = renderMarkdown(body);
  return {
    file,
    markdown: body,
    tags: front.tags,
    links: rendered.links,
    meta: {
      id: front.id,
      title: front.title,
      summary: front.summary,
      theme: front.theme,
      order: front.order,
      readingMinutes: readingMinutes(body),
    },
    body: {
      id: front.id,
      locale,
      html: rendered.html,
      headings: rendered.headings,
      sources: front.sources,
      related: front.related,
      reviewed: front.reviewed,
      crisis: front.crisis,
    },
  };
}

function checkLinks(module: CompiledModule, locale: Locale, ids: Set<string>): string[] {
  const problems: string[] = [];
  for (const href of module.links) {
    if (!isSafeLink(href)) {
      problems.push(`${module.file}: link "${href}" is not allowed (use /${locale}/..., https://, tel: or mailto:)`);
    } else if (href.startsWith('#')) {
      if (!module.body.headings.some((heading) => `#${heading.id}` === href)) {
        problems.push(`${module.file}: link "${href}" points at no heading in this module`);
      }
    } else if (href.startsWith('/')) {
      const target = parsePath(href.split(/[?#]/)[0] ?? '');
      if (!target) problems.push(`${module.file}: link "${href}" points at no page of the app`);
      else if (target.locale !== locale) problems.push(`${module.file}: link "${href}" points at the other language`);
      else if (target.page.name === 'module' && !ids.has(target.page.id)) {
        problems.push(`${module.file}: link "${href}" points at unknown module "${target.page.id}"`);
      }
    }
  }
  return problems;
}

/**
 * Compiles every module of every locale and checks the collection as a whole.
 * Throws a ContentError listing every problem, each naming the file and field.
 */
export function compileCollection(files: SourceFile[]): Collection {
  const problems: string[] = [];
  const collection = Object.fromEntries(LOCALES.map((locale) => [locale, [] as CompiledModule[]])) as Collection;

  for (const file of files) {
    try {
      collection[file.locale].push(compileFile(file));
    } catch (error) {
      problems.push(...(error as Error).message.split('\n'));
    }
  }

  const idsByLocale = new Map<Locale, Set<string>>();
  for (const locale of LOCALES) {
    const seen = new Map<string, string>();
    for (const module of collection[locale]) {
      const earlier = seen.get(module.meta.id);
      if (earlier) problems.push(`${module.file}: field 'id' "${module.meta.id}" is already used by ${earlier}`);
      seen.set(module.meta.id, module.file);
    }
    idsByLocale.set(locale, new Set(seen.keys()));
  }

  for (const locale of LOCALES) {
    const ids = idsByLocale.get(locale)!;
    for (const module of collection[locale]) {
      for (const related of module.body.related) {
        if (!ids.has(related)) problems.push(`${module.file}: field 'related' names unknown module "${related}"`);
        if (related === module.meta.id) problems.push(`${module.file}: field 'related' names the module itself`);
      }
      problems.push(...checkLinks(module, locale, ids));
      for (const other of LOCALES) {
        if (other === locale) continue;
        const twin = collection[other].find((candidate) => candidate.meta.id === module.meta.id);
        if (!twin) {
          problems.push(`${module.file}: module "${module.meta.id}" has no translation in content/${other}/`);
          continue;
        }
        if (locale === LOCALES[0]) {
          for (const field of ['theme', 'order'] as const) {
            if (twin.meta[field] !== module.meta[field]) {
              problems.push(`${twin.file}: field '${field}' is "${twin.meta[field]}" but ${module.file} says "${module.meta[field]}"`);
            }
          }
          if ([...twin.body.related].sort().join() !== [...module.body.related].sort().join()) {
            problems.push(`${twin.file}: field 'related' differs from ${module.file}`);
          }
        }
      }
    }
    collection[locale].sort((a, b) => a.meta.order - b.meta.order || a.meta.id.localeCompare(b.meta.id));
  }

  if (problems.length > 0) throw new ContentError(problems);
  return collection;
}
