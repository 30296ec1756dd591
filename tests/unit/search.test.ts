import { describe, expect, it } from 'vitest';
import { loadBody } from '../../src/content/catalog';
import { loadIndex, searchIndex } from '../../src/features/search/search';
import { locateMatch, makeSnippet } from '../../src/features/search/snippet';

async function search(locale: 'nl' | 'en', query: string) {
  return searchIndex(await loadIndex(locale), locale, query).map((hit) => hit.module);
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
    const hit = searchIndex(index, 'nl', 'geisoleerd').find((h) => h.module === 'alleen-als-gezin')!;
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

describe('the words of a bad night (usability 2026-12, problem 8)', () => {
  // Each word a parent may type after a row, with the module that must come up among the first three.
  it.each([
    ['nl', 'agressie', 'rustig-blijven'],
    ['nl', 'agressief', 'rustig-blijven'],
    ['nl', 'woede', 'rustig-blijven'],
    ['nl', 'boos', 'rustig-blijven'],
    ['nl', 'kwaad', 'rustig-blijven'],
    ['nl', 'ruzie', 'rustig-blijven'],
    ['nl', 'geschreeuw', 'rustig-blijven'],
    ['nl', 'schreeuwen', 'rustig-blijven'],
    ['nl', 'schelden', 'rustig-blijven'],
    ['nl', 'slaan', 'geweld-door-je-kind'],
    ['nl', 'sloeg', 'geweld-door-je-kind'],
    ['nl', 'schoppen', 'geweld-door-je-kind'],
    ['nl', 'geschopt', 'geweld-door-je-kind'],
    ['nl', 'geweld', 'geweld-door-je-kind'],
    ['nl', 'dreigen', 'geweld-door-je-kind'],
    ['en', 'aggression', 'rustig-blijven'],
    ['en', 'anger', 'rustig-blijven'],
    ['en', 'rage', 'rustig-blijven'],
    ['en', 'shouting', 'rustig-blijven'],
    ['en', 'yelling', 'rustig-blijven'],
    ['en', 'fight', 'rustig-blijven'],
    ['en', 'hitting', 'geweld-door-je-kind'],
    ['en', 'violence', 'geweld-door-je-kind'],
    ['en', 'threat', 'geweld-door-je-kind'],
  ] as const)('%s: "%s" finds %s among the first three', async (locale, query, expected) => {
    expect((await search(locale, query)).slice(0, 3)).toContain(expected);
  });

  it('a known word gets no typo tolerance: "schoppen" does not find "stoppen", "shouting" not "shopping"', async () => {
    const nl = await loadIndex('nl');
    expect(searchIndex(nl, 'nl', 'schoppen').flatMap((hit) => hit.terms)).not.toContain('stoppen');
    const en = await loadIndex('en');
    expect(searchIndex(en, 'en', 'shouting').flatMap((hit) => hit.terms)).not.toContain('shopping');
  });

  it('leaves other words alone: "courage" is not "rage", and words are still combined with AND', async () => {
    const en = await loadIndex('en');
    expect(searchIndex(en, 'en', 'courage').flatMap((hit) => hit.terms)).not.toContain('calm');
    expect(await search('nl', 'woede qqzzxx')).toEqual([]);
    // "een duwtje in de rug" is encouragement, not violence ("duwt" is a whole word in the list).
    expect(searchIndex(await loadIndex('nl'), 'nl', 'duwtje')).toEqual([]);
    expect((await search('nl', 'duwt')).slice(0, 3)).toContain('geweld-door-je-kind');
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
