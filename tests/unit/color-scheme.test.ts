import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every file under src/ whose name ends in one of the extensions. */
function filesIn(folder: string, extensions: readonly string[]): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesIn(path, extensions);
    return extensions.some((extension) => entry.name.endsWith(extension)) ? [path] : [];
  });
}

/** The text between the braces of each `@media (prefers-color-scheme …) { … }` block. */
function colourSchemeBlocks(css: string): string[] {
  const blocks: string[] = [];
  for (const match of css.matchAll(/@media[^{]*prefers-color-scheme[^{]*\{/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    while (depth > 0 && end < css.length) {
      if (css[end] === '{') depth += 1;
      if (css[end] === '}') depth -= 1;
      end += 1;
    }
    blocks.push(css.slice(match.index + match[0].length, end - 1));
  }
  return blocks;
}

// The e2e axe helper checks the second colour scheme with the colour rules only. That is sound
// as long as a scheme changes colours and nothing else: these tests keep it so.
describe('the dark colour scheme', () => {
  const stylesheets = filesIn('src', ['.css']);

  it('exists', () => {
    expect(stylesheets.flatMap((file) => colourSchemeBlocks(readFileSync(file, 'utf8')))).not.toHaveLength(0);
  });

  it('only redefines colour custom properties on :root', () => {
    for (const file of stylesheets) {
      for (const block of colourSchemeBlocks(readFileSync(file, 'utf8'))) {
        const rules = [...block.matchAll(/([^{}]+)\{([^{}]*)\}/g)];
        expect(rules.map((rule) => rule[0]).join('').replace(/\s/g, ''), file).toBe(block.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s/g, ''));
        for (const [, selector, body] of rules) {
          expect(selector!.trim(), `${file}: a dark-scheme rule styles more than :root`).toBe(':root');
          for (const declaration of body!.split(';').map((part) => part.trim()).filter(Boolean)) {
            expect(declaration, `${file}: the dark scheme sets something other than a colour property`).toMatch(/^--[\w-]+:\s*#[0-9a-f]{3,8}$/i);
          }
        }
      }
    }
  });

  it('is not read from script', () => {
    for (const file of filesIn('src', ['.ts', '.tsx'])) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/prefers-color-scheme/);
    }
  });
});
