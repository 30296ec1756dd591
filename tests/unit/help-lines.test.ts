import { describe, expect, it } from 'vitest';
import { COUNTRIES, HELP_LINES, SITUATIONS, linesFor, telHref } from '../../src/features/help/help-lines';

describe('help lines data', () => {
  it.each(HELP_LINES.map((line) => [line.id, line] as const))('%s is complete and dialable', (_id, line) => {
    expect(line.countries.length).toBeGreaterThan(0);
    expect(SITUATIONS).toContain(line.situation);
    for (const text of [line.name, line.hours, line.forWhom]) {
      expect(text.nl.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
    for (const number of line.numbers) {
      expect(number.dial).toMatch(/^\d{3,11}$/);
      expect(number.display.replace(/\D/g, '')).toBe(number.dial);
      expect(telHref(number)).toBe(`tel:${number.dial}`);
    }
    if (line.numbers.length === 0) expect(line.forWhom.en).toMatch(/^No (national|central)|no national number/);
    if (line.web) expect(line.web).toMatch(/^https:\/\/[a-z0-9.-]+\.(nl|be)$/);
    expect(line.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has unique ids', () => {
    expect(new Set(HELP_LINES.map((line) => line.id)).size).toBe(HELP_LINES.length);
  });

  it('gives both countries the emergency number and a suicide-prevention line', () => {
    for (const country of COUNTRIES) {
      const lines = linesFor(country);
      expect(lines[0]?.numbers[0]?.dial).toBe('112');
      expect(lines.some((line) => line.situation === 'suicide')).toBe(true);
      expect(lines.some((line) => line.situation === 'violence')).toBe(true);
    }
  });

  it('carries the numbers from the content guide', () => {
    const dials = (id: string) => HELP_LINES.find((line) => line.id === id)?.numbers.map((n) => n.dial);
    expect(dials('nl-113')).toEqual(['08000113', '113']);
    expect(dials('nl-veilig-thuis')).toEqual(['08002000']);
    expect(dials('be-1813')).toEqual(['1813']);
    expect(dials('be-1712')).toEqual(['1712']);
    expect(dials('be-huisarts-van-wacht')).toEqual(['1733']);
  });
});
