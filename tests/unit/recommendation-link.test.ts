import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MODULES, MAX_NOTE, buildPreviewPath, buildRecommendationPath, normalizeNote, parseRecommendation } from '../../src/features/recommend/recommendation-link';
import { dismissRecommendation, keepRecommendation, keepRecommendationNote, listRecommendations } from '../../src/storage/recommendations';
import { lockOnMirror, mirrorLockOn } from '../../src/storage/lock/lock-mirror';

const IDS = ['wat-is-hikikomori', 'het-hotel-patroon', 'contact-herstellen', 'rustig-blijven', 'wat-accepteer-ik', 'schermen-en-ritme', 'praat-erover', 'zorg-voor-jezelf', 'hulp-zoeken', 'school-en-thuiszitten', 'crisis-herkennen', 'gehechtheid-de-basis', 'alleen-als-gezin', 'waarom-trekt-mijn-kind-zich-terug'];
const KNOWN = new Set(IDS);
const query = (path: string) => path.slice(path.indexOf('?'));

describe('recommendation link', () => {
  it('has the documented shape', () => {
    expect(buildRecommendationPath('nl', ['het-hotel-patroon', 'rustig-blijven'], 'Tot dinsdag & sterkte!')).toBe(
      '/nl/r?m=het-hotel-patroon,rustig-blijven&n=Tot%20dinsdag%20%26%20sterkte!',
    );
    expect(buildRecommendationPath('en', ['wat-is-hikikomori'])).toBe('/en/r?m=wat-is-hikikomori');
  });

  it('marks a preview, and nothing else is one', () => {
    const preview = parseRecommendation(query(buildPreviewPath('nl', ['het-hotel-patroon'], 'Hoi')), KNOWN);
    expect(preview).toMatchObject({ ids: ['het-hotel-patroon'], note: 'Hoi', preview: true });
    expect(parseRecommendation(query(buildRecommendationPath('nl', ['het-hotel-patroon'], 'Hoi')), KNOWN).preview).toBe(false);
    expect(parseRecommendation('?m=het-hotel-patroon&preview=ja', KNOWN).preview).toBe(false);
  });

  it('round-trips any ordered choice of modules and any note', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...IDS), { minLength: 1, maxLength: MAX_MODULES }), fc.string({ maxLength: 400, unit: 'grapheme' }), (ids, note) => {
        const parsed = parseRecommendation(query(buildRecommendationPath('nl', ids, note)), KNOWN);
        expect(parsed.ids).toEqual(ids);
        expect(parsed.note).toBe(normalizeNote(note));
        expect(parsed.unknown).toBe(0);
        expect(parsed.missing).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and never returns more than the limits, whatever the query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (search) => {
        const parsed = parseRecommendation(search, KNOWN);
        expect(parsed.ids.length).toBeLessThanOrEqual(MAX_MODULES);
        expect(Array.from(parsed.note).length).toBeLessThanOrEqual(MAX_NOTE);
        expect(parsed.ids.every((id) => KNOWN.has(id))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('skips unknown ids, drops duplicates and cuts to the limits', () => {
    const many = Array.from({ length: 500 }, (_, i) => IDS[i % IDS.length]).join(',');
    const parsed = parseRecommendation(`?m=bestaat-niet,het-hotel-patroon,het-hotel-patroon,<script>,${many}&n=${'x'.repeat(10_000)}`, KNOWN);
    expect(parsed.ids[0]).toBe('het-hotel-patroon');
    expect(parsed.ids).toHaveLength(MAX_MODULES);
    expect(new Set(parsed.ids).size).toBe(MAX_MODULES);
    expect(parsed.unknown).toBe(2);
    expect(parsed.cut).toBe(true);
    expect(parsed.note).toHaveLength(MAX_NOTE);
  });

  it('strips bidi overrides, zero-width and other format characters from the note', () => {
    // U+202E reverses what follows on screen: "bel 0612345678" would show its digits backwards.
    const planted = `Bel \u202E0612345678\u202C of 113\u200B. Cafe\u0301\u00AD`;
    expect(normalizeNote(planted)).toBe('Bel 0612345678 of 113. Café');
    expect(parseRecommendation(`?m=rustig-blijven&n=${encodeURIComponent(planted)}`, KNOWN).note).toBe('Bel 0612345678 of 113. Café');
    expect(normalizeNote('\u2066links\u2069\u2067rechts\u2069\uFEFF')).toBe('linksrechts');
  });

  it('keeps markup in the note as text and says when m is missing', () => {
    expect(parseRecommendation(`?m=rustig-blijven&n=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, KNOWN).note).toBe('<img src=x onerror=alert(1)>');
    expect(parseRecommendation('?n=hallo', KNOWN)).toMatchObject({ ids: [], missing: true });
    expect(parseRecommendation('', KNOWN).missing).toBe(true);
  });
});

describe('recommendations repository', () => {
  it('keeps several, once each, newest first, until dismissed', () => {
    const first = keepRecommendation('nl', ['het-hotel-patroon']);
    keepRecommendationNote(['het-hotel-patroon'], 'Eerste');
    keepRecommendation('nl', ['rustig-blijven']);
    keepRecommendation('nl', ['het-hotel-patroon']);
    expect(listRecommendations().map((item) => item.note)).toEqual(['Eerste', '']);
    dismissRecommendation(first.key);
    expect(listRecommendations().map((item) => item.moduleIds)).toEqual([['rustig-blijven']]);
  });

  it('keeps a note only when asked, and forgets every note when the diary lock goes on', () => {
    keepRecommendation('nl', ['rustig-blijven']);
    expect(listRecommendations()[0]!.note).toBe('');
    keepRecommendationNote(['rustig-blijven'], 'We zien elkaar dinsdag over je zoon');
    expect(localStorage.getItem('kier:recommendations:v1')).toContain('dinsdag');
    mirrorLockOn(true);
    expect(localStorage.getItem('kier:recommendations:v1')).not.toContain('dinsdag');
    expect(listRecommendations().map((item) => item.moduleIds)).toEqual([['rustig-blijven']]);
    expect(lockOnMirror()).toBe(true);
    mirrorLockOn(false);
    expect(lockOnMirror()).toBe(false);
  });

  it('ignores damaged records', () => {
    localStorage.setItem('kier:recommendations:v1', JSON.stringify([{ key: 1 }, { key: 'a', locale: 'fr', moduleIds: [], note: '', receivedAt: '' }]));
    expect(listRecommendations()).toEqual([]);
  });
});
