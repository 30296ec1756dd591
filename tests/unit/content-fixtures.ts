import type { Locale } from '../../src/app/locales';
import type { SourceFile } from '../../src/content/build/compile-collection';

export interface FixtureOptions {
  id?: string;
  front?: Record<string, string | null>;
  body?: string;
}

const DEFAULTS: Record<string, string> = {
  title: 'Een titel',
  summary: 'Een korte samenvatting.',
  theme: 'begrijpen',
  order: '1',
  tags: '[a, b]',
  related: '[]',
  reviewed: '2026-11-22',
  sources: '\n  - title: "Een bron"\n    author: "Iemand"\n    year: 2024',
};

/** A module file with valid front matter; override or drop (null) single fields. */
export function moduleFile(locale: Locale, options: FixtureOptions = {}): SourceFile {
  const id = options.id ?? 'een-module';
  const fields: Record<string, string | null> = { id, ...DEFAULTS, ...options.front };
  const front = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  const body = options.body ?? '## In het kort\n\n- Punt een.\n\n## Een vraag?\n\nTekst.\n';
  return { file: `content/${locale}/${id}.md`, locale, source: `---\n${front}\n---\n${body}` };
}

export function pair(options: FixtureOptions = {}): SourceFile[] {
  return [moduleFile('nl', options), moduleFile('en', options)];
}
