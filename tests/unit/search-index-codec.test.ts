import { resolve } from 'node:path';
import fc from 'fast-check';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { describe, expect, it } from 'vitest';
import shippedNl from 'virtual:kier-search/nl';
import shippedEn from 'virtual:kier-search/en';
import { compileCollection } from '../../src/content/build/compile-collection';
import { readContentDir } from '../../src/content/build/read-content-dir';
import { buildSearchIndex } from '../../src/content/build/search-index';
import { decodeIndex, encodeIndex } from '../../src/features/search/index-codec';
import { QUERY_OPTIONS, SEARCH_OPTIONS } from '../../src/features/search/search-options';

/** What `toJSON()` gives for the real content, built the way the content plugin builds it. */
const collection = compileCollection(readContentDir(resolve(process.env.KIER_CONTENT_DIR ?? 'content'), process.cwd()));
const plainIndex = (locale: 'nl' | 'en'): AsPlainObject =>
  buildSearchIndex(collection[locale].map((module) => ({ ...module.meta, tags: module.tags, markdown: module.markdown })));

/** Encoded, shipped as JSON in a chunk, and decoded again. */
const roundTrip = (plain: AsPlainObject): AsPlainObject => decodeIndex(JSON.parse(JSON.stringify(encodeIndex(plain))));

const QUERIES = ['hotel', 'gamen', 'geisoleerd', 'gaming', 'school', 'slaap', 'hotelou', 'gehechthied', 'ouders kamer', 'attachment', 'contact', 'qqzzxx'];

describe('search index codec on the real content', () => {
  it.each(['nl', 'en'] as const)('%s: decoding the encoded index gives exactly the toJSON() output', (locale) => {
    const plain = plainIndex(locale);
    expect(plain.index.length).toBeGreaterThan(1000);
    const decoded = roundTrip(plain);
    expect(decoded).toEqual(plain);
    // Same terms in the same order, same keys in the same order.
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(plain));
  });

  it.each(['nl', 'en'] as const)('%s: the shipped module is the encoded index, under 65 per cent of the size', (locale) => {
    const plain = plainIndex(locale);
    const shipped = { nl: shippedNl, en: shippedEn }[locale];
    expect(decodeIndex(shipped)).toEqual(plain);
    expect(JSON.stringify(shipped).length).toBeLessThan(JSON.stringify(plain).length * 0.65);
  });

  it.each(['nl', 'en'] as const)('%s: searches give identical results on the original and the decoded index', (locale) => {
    const plain = plainIndex(locale);
    const original = MiniSearch.loadJS(plain, SEARCH_OPTIONS);
    const decoded = MiniSearch.loadJS(roundTrip(plain), SEARCH_OPTIONS);
    for (const query of QUERIES) {
      expect(decoded.search(query, QUERY_OPTIONS), query).toEqual(original.search(query, QUERY_OPTIONS));
    }
    expect(original.search('hotel', QUERY_OPTIONS).length).toBeGreaterThan(0);
  });
});

/** Terms with the codec's own digit characters, quotes, escapes, digits, long runs and unicode. */
const ODD_TERMS = [
  '',
  ' ',
  '!',
  '~',
  '#%&()*+,-./',
  ':;<=>?@[]^_{|}',
  '"',
  "'",
  '\\',
  '`',
  '${x}',
  'a b\tc\nd',
  '\u0000',
  '0',
  '00',
  '007',
  '12345678901234567890',
  'x'.repeat(3000), // lengths of several digits
  'x'.repeat(2999),
  'ß',
  'naïve',
  'ĳs',
  '日本語',
  '日本',
  '😀',
  '😀😁', // shares only half of a surrogate pair with the next term
  '😁',
  '\uD800', // a lone surrogate
  'zoë',
  'zo',
];

function syntheticIndex(): AsPlainObject {
  const plain = MiniSearch.loadJS(
    { documentCount: 0, nextId: 0, documentIds: {}, fieldIds: {}, fieldLength: {}, averageFieldLength: [], storedFields: {}, index: [], serializationVersion: 2 },
    { fields: ['a'] },
  ).toJSON();
  // Large document ids and frequencies need more than one digit; field 30 is the highest the mask holds.
  const postings: AsPlainObject['index'][number][1][] = [
    { 0: { 0: 1 } },
    { 4: { 1: 2, 2: 1, 3: 4, 63: 66, 64: 1, 79: 80, 80: 81 } },
    { 0: { 5: 3 }, 1: { 5: 1 }, 30: { 1727: 1, 1728: 1000000, 100000: 65 } },
  ];
  return {
    ...plain,
    documentCount: 3,
    nextId: 100001,
    documentIds: { 0: 'a', 5: 'b', 100000: 'c' },
    index: ODD_TERMS.map((term, i) => [term, postings[i % postings.length]!]),
  };
}

describe('search index codec on odd input', () => {
  it('round-trips terms with any characters, large ids and large frequencies', () => {
    const plain = syntheticIndex();
    expect(roundTrip(plain)).toEqual(plain);
    expect(roundTrip({ ...plain, index: [] })).toEqual({ ...plain, index: [] });
  });

  it('round-trips an index built by MiniSearch from odd text, with identical search results', () => {
    const options = { fields: ['title', 'text'], tokenize: (text: string) => text.split('|'), processTerm: (term: string) => term || null };
    const search = new MiniSearch(options);
    search.addAll(ODD_TERMS.map((term, id) => ({ id, title: `${term}|t${id}`, text: ODD_TERMS.slice(0, id + 1).join('|') })));
    const plain = search.toJSON();
    expect(roundTrip(plain)).toEqual(plain);
    // As in the app: an index loaded from the original and one loaded from the decoded form.
    const original = MiniSearch.loadJS(plain, options);
    const decoded = MiniSearch.loadJS(roundTrip(plain), options);
    for (const query of ['x', '00', '日本', 'zo', '😀', 'naïve', '${x}']) {
      expect(decoded.search(query, { prefix: true }), query).toEqual(original.search(query, { prefix: true }));
    }
  });

  // A generous time limit: the whole suite shares two cores, and a failing case takes a while to shrink.
  it('round-trips arbitrary indexes', { timeout: 60_000 }, () => {
    const docs = fc.dictionary(fc.nat({ max: 200000 }).map(String), fc.integer({ min: 1, max: 5000000 }), { minKeys: 1, maxKeys: 20 });
    const fields = fc.dictionary(fc.nat({ max: 30 }).map(String), docs, { maxKeys: 6 });
    const entry = fc.tuple(fc.string({ unit: 'binary', maxLength: 80 }), fields);
    const base = syntheticIndex();
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (index) => {
        const plain = { ...base, index };
        expect(roundTrip(plain)).toEqual(plain);
      }),
    );
  });

  it('refuses what it could not restore exactly', () => {
    const withEntry = (fields: AsPlainObject['index'][number][1]) => ({ ...syntheticIndex(), index: [['term', fields]] as AsPlainObject['index'] });
    expect(() => encodeIndex(withEntry({ 4: {} }))).toThrow(/no documents/);
    expect(() => encodeIndex(withEntry({ 4: { 1: 0 } }))).toThrow(/cannot be encoded/);
    expect(() => encodeIndex(withEntry({ 4: { 1: 1.5 } }))).toThrow(/cannot be encoded/);
    expect(() => encodeIndex(withEntry({ 4: { '01': 1 } }))).toThrow(/cannot be encoded/);
    expect(() => encodeIndex(withEntry({ 31: { 1: 1 } }))).toThrow(/field id/);
    expect(() => encodeIndex(withEntry({ x: { 1: 1 } }))).toThrow(/field id/);
  });
});
