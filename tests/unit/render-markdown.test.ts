import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/content/build/reading-time';
import { renderMarkdown } from '../../src/content/build/render-markdown';
import { slugify } from '../../src/content/build/slug';

describe('slugify', () => {
  it('makes stable ascii anchors, without accents', () => {
    expect(slugify('Waarom gaat hij niet gewoon naar buiten?')).toBe('waarom-gaat-hij-niet-gewoon-naar-buiten');
    expect(slugify('Geïsoleerd & alleen')).toBe('geisoleerd-alleen');
    expect(slugify('???')).toBe('sectie');
  });
});

describe('renderMarkdown', () => {
  it('gives repeated headings unique ids', () => {
    const { headings, html } = renderMarkdown('## Vraag\n\n## Vraag\n\n### Sub\n');
    expect(headings.map((h) => h.id)).toEqual(['vraag', 'vraag-2']);
    expect(html).toContain('<h3 id="sub">');
  });

  it('marks external links noopener noreferrer and keeps tel: links', () => {
    const { html } = renderMarkdown('[site](https://example.org) [bel](tel:112)');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">site</a>');
    expect(html).toContain('<a href="tel:112">bel</a>');
  });

  it('reports refused links so the build can name them', () => {
    expect(renderMarkdown('[x](javascript:alert(1))').links).toContain('javascript:alert(1');
    expect(renderMarkdown('[x](data:text/html,hi)').html).not.toContain('href="data:');
  });
});

describe('reading time', () => {
  it('counts words, not markup', () => {
    expect(countWords('## Kop\n\n- een **twee** [drie](/nl/hulp)')).toBe(4);
  });

  it('is at least one minute and grows with the text', () => {
    expect(readingMinutes('kort')).toBe(1);
    expect(readingMinutes('woord '.repeat(900))).toBe(5);
  });
});
