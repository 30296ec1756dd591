import { describe, expect, it } from 'vitest';
import en from '../../src/locales/en.json';
import nl from '../../src/locales/nl.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function missing(from: string[], to: string[]): string[] {
  const present = new Set(to);
  return from.filter((key) => !present.has(key));
}

describe('UI strings', () => {
  it('has every Dutch key in English', () => {
    expect(missing(keys(nl), keys(en)), 'keys in src/locales/nl.json missing from en.json').toEqual([]);
  });

  it('has every English key in Dutch', () => {
    expect(missing(keys(en), keys(nl)), 'keys in src/locales/en.json missing from nl.json').toEqual([]);
  });

  it('has no empty strings', () => {
    const empty = [...keys(nl).map((k) => ['nl', k]), ...keys(en).map((k) => ['en', k])].filter(([locale, key]) => {
      const value = key!.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locale === 'nl' ? nl : en);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort().join();
    const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;
    const mismatched = keys(nl).filter((key) => vars(lookup(nl, key)) !== vars(lookup(en, key)));
    expect(mismatched).toEqual([]);
  });
});
