import { describe, expect, it } from 'vitest';
import { markupProblems, tagsUsed } from '../../src/content/quality/markup';

describe('module markup', () => {
  it('accepts the elements of the module template', () => {
    expect(markupProblems('## Kop\n\nTekst met **nadruk**, *iets* en [een link](/nl/hulp).\n\n### Sub\n\n1. een\n2. twee\n\n- los')).toEqual([]);
    expect([...tagsUsed('## Kop\n\n- een')].sort()).toEqual(['h2', 'li', 'ul']);
  });

  it('names what the samples do not stand for', () => {
    expect(markupProblems('## Kop\n\n![foto](/x.png)')).toEqual(['<img> is not part of the module template (allowed: h2, h3, p, ul, ol, li, a, strong, em)']);
    expect(markupProblems('## Kop\n\n> een citaat')[0]).toMatch(/<blockquote>/);
    expect(markupProblems('## Kop\n\n| a | b |\n|---|---|\n| 1 | 2 |').join(' ')).toMatch(/<table>/);
  });

  it('finds links without text, empty headings and skipped levels', () => {
    expect(markupProblems('## Kop\n\nZie [](/nl/hulp).')).toEqual([expect.stringMatching(/^a link without text/)]);
    expect(markupProblems('### Eerst klein\n\n## Dan groot')).toEqual(['an ### heading before the first ## heading skips a level']);
  });
});
