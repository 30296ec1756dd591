import { describe, expect, it } from 'vitest';
import { loadBody } from '../../src/content/catalog';
import { loadIndex, searchIndex } from '../../src/features/search/search';
import { locateMatch, makeSnippet } from '../../src/features/search/snippet';

async function search(locale: 'nl' | 'en', query: string) {
  return searchIndex(await loadIndex(locale), query).map((hit) => hit.module);
}

describe('library search over the real catalogue', () => {
  it.each([
    ['nl', 'hotel', 'het-hotel-patroon'],
    ['nl', 'gamen', 'schermen-en-ritme'],
    ['en', 'gaming', 'schermen-en-ritme'],
    ['nl', 'leerplicht', 'school-en-thuiszitten'],
    ['en', 'attachment', 'gehechtheid-de-basis'],
  ] as const)('%s: "%s" finds %s first', async (locale, query, expected) => {
    expect((await search(locale, query))[0]).toBe(expected);
  });

  it('ignores accents: "geisoleerd" finds text with "geïsoleerd"', async () => {
    const hits = await search('nl', 'geisoleerd');
    expect(hits).toContain('alleen-als-gezin');
    const body = await loadBody('nl', 'alleen-als-gezin');
    const index = await loadIndex('nl');
    const hit = searchIndex(index, 'geisoleerd').find((h) => h.module === 'alleen-als-gezin')!;
    expect(locateMatch(body!.html, hit.terms)?.snippet?.match).toBe('geïsoleerd');
  });

  it('tolerates prefixes and typos', async () => {
    expect(await search('nl', 'hotelou')).toContain('het-hotel-patroon');
    expect(await search('nl', 'gehechthied')).toContain('gehechtheid-de-basis');
  });

  it('finds nothing for nonsense and nothing for one letter', async () => {
    expect(await search('nl', 'qqzzxx')).toEqual([]);
    expect(await search('nl', 'a')).toEqual([]);
  });
});

describe('snippets', () => {
  it('marks the first matching term in its own spelling, with context', () => {
    const snippet = makeSnippet('Veel ouders voelen zich Geïsoleerd en alleen.', ['geisoleerd']);
    expect(snippet).toEqual({ before: 'Veel ouders voelen zich ', match: 'Geïsoleerd', after: ' en alleen.' });
  });

  it('matches whole-word starts only and shortens long text', () => {
    expect(makeSnippet('Het schoolhotel', ['hotel'])).toBeNull();
    const long = `${'woord '.repeat(40)}hotel ${'woord '.repeat(40)}`;
    const snippet = makeSnippet(long, ['hotel'])!;
    expect(snippet.before.startsWith('… ')).toBe(true);
    expect(snippet.after.endsWith(' …')).toBe(true);
  });

  it('finds the section where the match is', () => {
    const html = '<h2 id="in-het-kort">In het kort</h2><ul><li>Een.</li></ul><h2 id="probeer-dit">Probeer dit</h2><p>Schrijf een brief aan school.</p>';
    expect(locateMatch(html, ['brief'])).toMatchObject({ anchor: 'probeer-dit', heading: 'Probeer dit', snippet: { match: 'brief' } });
    expect(locateMatch(html, ['nergens'])).toMatchObject({ anchor: 'in-het-kort', snippet: null });
  });
});
