import { describe, expect, it } from 'vitest';
import { kierContent } from '../../src/content/build/vite-plugin-content';

describe('kierContent plugin', () => {
  it('claims every virtual id it generates, and nothing else', () => {
    const plugin = kierContent();
    const resolve = plugin.resolveId as (id: string) => string | null;
    for (const id of ['virtual:kier-content', 'virtual:kier-content/catalog/nl', 'virtual:kier-content/body/en/x', 'virtual:kier-search/nl']) {
      expect(resolve(id), id).toBe(`\0${id}`);
    }
    expect(resolve('virtual:other')).toBeNull();
    expect(resolve('./catalog')).toBeNull();
  });
});
