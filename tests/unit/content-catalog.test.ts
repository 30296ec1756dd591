import { describe, expect, it } from 'vitest';
import { findModule, groupByTheme, listModules, readBody } from '../../src/content/catalog';

describe('the compiled catalogue', () => {
  it('has the same module ids in both languages', () => {
    const ids = (locale: 'nl' | 'en') => listModules(locale).map((module) => module.id).sort();
    expect(ids('en')).toEqual(ids('nl'));
    expect(ids('nl')).toEqual(expect.arrayContaining(['het-hotel-patroon', 'wat-is-hikikomori']));
  });

  it('groups modules by theme in the guide\'s order', () => {
    const themes = groupByTheme(listModules('nl')).map((group) => group.theme);
    expect(themes.indexOf('begrijpen')).toBeLessThan(themes.indexOf('omgaan'));
  });

  it('loads a body lazily, suspense style', async () => {
    let pending: unknown;
    try {
      readBody('en', 'het-hotel-patroon');
    } catch (thrown) {
      pending = thrown;
    }
    expect(pending).toBeInstanceOf(Promise);
    await pending;
    const body = readBody('en', 'het-hotel-patroon');
    expect(body?.html).toContain('<h2 id="in-short">In short</h2>');
    expect(body?.sources.length).toBeGreaterThan(0);
  });

  it('returns nothing for an unknown module', () => {
    expect(findModule('nl', 'bestaat-niet')).toBeUndefined();
    expect(readBody('nl', 'bestaat-niet')).toBeNull();
  });
});
