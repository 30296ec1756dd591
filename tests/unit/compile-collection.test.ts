import { describe, expect, it } from 'vitest';
import { compileCollection, ContentError } from '../../src/content/build/compile-collection';
import { moduleFile, pair } from './content-fixtures';

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected the content to be rejected');
}

describe('compileCollection', () => {
  it('compiles a valid pair into an index entry and a body', () => {
    const collection = compileCollection(pair());
    const [module] = collection.nl;
    expect(module?.meta).toMatchObject({ id: 'een-module', theme: 'begrijpen', order: 1, readingMinutes: 1 });
    expect(module?.tags).toEqual(['a', 'b']);
    expect(module?.meta).not.toHaveProperty('tags');
    expect(module?.body.headings).toEqual([
      { id: 'in-het-kort', text: 'In het kort' },
      { id: 'een-vraag', text: 'Een vraag?' },
    ]);
    expect(module?.body.html).toContain('<h2 id="in-het-kort">In het kort</h2>');
    expect(module?.body.crisis).toBe(false);
  });

  it('names the file and field of a missing field', () => {
    const problems = problemsOf(() => compileCollection(pair({ front: { summary: null } })));
    expect(problems).toContain("content/nl/een-module.md: field 'summary' is missing");
  });

  it('names the file and field of a malformed field', () => {
    const problems = problemsOf(() => compileCollection(pair({ front: { theme: 'koken', reviewed: '2026-13-40' } })));
    expect(problems.some((p) => p.startsWith("content/nl/een-module.md: field 'theme' must be one of"))).toBe(true);
    expect(problems.some((p) => p.startsWith("content/nl/een-module.md: field 'reviewed'"))).toBe(true);
  });

  it('rejects a summary over 160 characters', () => {
    const problems = problemsOf(() => compileCollection(pair({ front: { summary: 'x'.repeat(161) } })));
    expect(problems).toContain("content/nl/een-module.md: field 'summary' must be at most 160 characters");
  });

  it('rejects unknown fields, so typos do not pass silently', () => {
    const problems = problemsOf(() => compileCollection(pair({ front: { reviewd: '2026-01-01' } })));
    expect(problems).toContain("content/nl/een-module.md: field 'reviewd' is not a known field");
  });

  it('rejects a module without sources', () => {
    const problems = problemsOf(() => compileCollection(pair({ front: { sources: '[]' } })));
    expect(problems).toContain("content/nl/een-module.md: field 'sources' must list at least one source");
  });

  it('rejects a source without a year and a plain-http url', () => {
    const sources = '\n  - title: "Bron"\n    author: "Iemand"\n    url: "http://example.org"';
    const problems = problemsOf(() => compileCollection(pair({ front: { sources } })));
    expect(problems).toContain("content/nl/een-module.md: field 'sources.0.year' is missing");
    expect(problems).toContain("content/nl/een-module.md: field 'sources.0.url' must start with https://");
  });

  it('takes "n.d." for an undated source, and refuses any other text as a year', () => {
    const undated = '\n  - title: "Themanummer"\n    author: "Een tijdschrift"\n    year: "n.d."';
    expect(compileCollection(pair({ front: { sources: undated } })).nl[0]?.body.sources[0]?.year).toBe('n.d.');
    const wrong = '\n  - title: "Bron"\n    author: "Iemand"\n    year: "ooit"';
    const problems = problemsOf(() => compileCollection(pair({ front: { sources: wrong } })));
    expect(problems).toContain(`content/nl/een-module.md: field 'sources.0.year' must be a year such as 2024, or "n.d." for an undated source`);
  });

  it('rejects broken YAML and a missing front matter block', () => {
    const broken = { ...moduleFile('nl'), source: '---\ntitle: [unclosed\n---\nText' };
    const bare = { ...moduleFile('en'), source: '# No front matter' };
    const problems = problemsOf(() => compileCollection([broken, bare]));
    expect(problems.some((p) => p.startsWith('content/nl/een-module.md: front matter is not valid YAML'))).toBe(true);
    expect(problems.some((p) => p.startsWith('content/en/een-module.md: no front matter'))).toBe(true);
  });

  it('rejects an id that does not match the file name', () => {
    const file = { ...moduleFile('nl'), file: 'content/nl/andere-naam.md' };
    const problems = problemsOf(() => compileCollection([file, moduleFile('en')]));
    expect(problems.some((p) => p.includes("content/nl/andere-naam.md: field 'id'"))).toBe(true);
  });

  it('rejects a duplicate id', () => {
    const twin = { ...moduleFile('nl'), file: 'content/nl/een-module.md' };
    const problems = problemsOf(() => compileCollection([...pair(), twin]));
    expect(problems.some((p) => p.includes("field 'id' \"een-module\" is already used"))).toBe(true);
  });

  it('rejects an unknown related id', () => {
    const problems = problemsOf(() => compileCollection(pair({ front: { related: '[bestaat-niet]' } })));
    expect(problems).toContain('content/nl/een-module.md: field \'related\' names unknown module "bestaat-niet"');
  });

  it('rejects a module that exists in one language only', () => {
    const problems = problemsOf(() => compileCollection([moduleFile('nl')]));
    expect(problems).toContain('content/nl/een-module.md: module "een-module" has no translation in content/en/');
  });

  it('rejects translations whose theme differs', () => {
    const problems = problemsOf(() => compileCollection([moduleFile('nl'), moduleFile('en', { front: { theme: 'hulp' } })]));
    expect(problems.some((p) => p.startsWith("content/en/een-module.md: field 'theme'"))).toBe(true);
  });

  it('rejects links to unknown modules, the other language, and unsafe schemes', () => {
    const body = '## In het kort\n\n- [a](/nl/m/onbekend) [b](/en/m/een-module) [c](javascript:alert(1)) [d](/nl/nergens/heen)\n';
    const problems = problemsOf(() => compileCollection([moduleFile('nl', { body }), moduleFile('en')]));
    expect(problems).toContain('content/nl/een-module.md: link "/nl/m/onbekend" points at unknown module "onbekend"');
    expect(problems).toContain('content/nl/een-module.md: link "/en/m/een-module" points at the other language');
    expect(problems.some((p) => p.includes('link "javascript:alert(1'))).toBe(true);
    expect(problems).toContain('content/nl/een-module.md: link "/nl/nergens/heen" points at no page of the app');
  });

  it('accepts links to existing modules and routes', () => {
    const body = '## In het kort\n\n- Lees [dit](/nl/m/een-module) en bel [hulp](/nl/hulp).\n';
    expect(() => compileCollection([moduleFile('nl', { body }), moduleFile('en')])).not.toThrow();
  });

  it('escapes raw HTML in markdown', () => {
    const body = '## In het kort\n\n<script>alert(1)</script> <b>vet</b>\n';
    const [module] = compileCollection([moduleFile('nl', { body }), moduleFile('en')]).nl;
    expect(module?.body.html).not.toContain('<script>');
    expect(module?.body.html).toContain('&lt;script&gt;');
  });

  it('sorts modules by order within a locale', () => {
    const files = [
      ...pair({ id: 'tweede', front: { order: '2' } }),
      ...pair({ id: 'eerste', front: { order: '1' } }),
    ];
    expect(compileCollection(files).nl.map((m) => m.meta.id)).toEqual(['eerste', 'tweede']);
  });
});
