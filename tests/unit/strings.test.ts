import { describe, expect, it } from 'vitest';
import en from '../../src/locales/en.json';
import nl from '../../src/locales/nl.json';
import { STRING_PARTS } from '../../src/app/string-parts';

describe('UI string parts', () => {
  it('name existing top-level sections of both locale files', () => {
    for (const part of STRING_PARTS.filter((name) => name !== 'common')) {
      expect(Object.keys(nl), `nl.json has no "${part}" section`).toContain(part);
      expect(Object.keys(en), `en.json has no "${part}" section`).toContain(part);
    }
  });

  it('have a generated loader for every language and part', async () => {
    const { stringLoaders } = await import('virtual:kier-strings');
    for (const locale of ['nl', 'en']) expect(Object.keys(stringLoaders[locale]!)).toEqual([...STRING_PARTS]);
  });

  it('are served by the build plugin: common without the feature sections, a feature part with only its own', async () => {
    const common = (await import('virtual:kier-strings/nl/common')).default;
    const help = (await import('virtual:kier-strings/nl/help')).default;
    expect(Object.keys(common)).toEqual(expect.arrayContaining(['app', 'home', 'update', 'quickExit']));
    expect(Object.keys(common)).not.toContain('help');
    expect(Object.keys(help)).toEqual(['help']);
  });
});
