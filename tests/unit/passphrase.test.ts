import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { averageGuessSeconds } from '../../src/features/lock/offline-guessing';
import { passcodeStrength } from '../../src/features/lock/passcode-strength';
import { parseWordList, passphraseFrom, PASSPHRASE_WORDS, randomBelow, suggestPassphrase } from '../../src/features/lock/passphrase/suggest-passphrase';

const LISTS = {
  nl: { file: 'src/features/lock/passphrase/words-nl.txt', dictionary: '/usr/share/dict/dutch', package: 'wdutch' },
  en: { file: 'src/features/lock/passphrase/words-en.txt', dictionary: '/usr/share/dict/american-english', package: 'wamerican' },
} as const;

const YEAR = 365.25 * 24 * 3600;

describe('randomBelow', () => {
  it('draws again when a value falls in the uneven tail, so every result is equally likely', () => {
    // n = 3: 2^32 is not a multiple of 3, the top value (2^32 - 1) lies in the tail and is refused.
    const draws = [2 ** 32 - 1, 2 ** 32 - 1, 7];
    const random = (buffer: Uint32Array) => {
      buffer[0] = draws.shift()!;
      return buffer;
    };
    expect(randomBelow(3, random)).toBe(7 % 3);
    expect(draws).toHaveLength(0);
  });

  it('spreads evenly over a small range (10,000 real draws)', () => {
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i += 1) counts[randomBelow(10)]! += 1;
    // Expected 1,000 each; ±200 is far beyond chance (about 6 standard deviations).
    for (const count of counts) expect(count).toBeGreaterThan(800);
    for (const count of counts) expect(count).toBeLessThan(1200);
  });

  it('refuses a range it cannot draw from', () => {
    expect(() => randomBelow(0)).toThrow(/n must be/);
    expect(() => randomBelow(1.5)).toThrow(/n must be/);
  });
});

describe('the suggested passphrase', () => {
  for (const locale of ['nl', 'en'] as const) {
    const words = parseWordList(readFileSync(LISTS[locale].file, 'utf8'));

    it(`${locale}: the list holds over 1,000 distinct words of 3–9 letters a–z`, () => {
      expect(words.length).toBeGreaterThan(1000);
      expect(new Set(words).size).toBe(words.length);
      for (const word of words) expect(word, `"${word}" in ${LISTS[locale].file}`).toMatch(/^[a-z]{3,9}$/);
    });

    it(`${locale}: five words from the list, separated by spaces, with the true bits, and strong enough for the floor`, async () => {
      const seen = new Set<string>();
      for (let i = 0; i < 50; i += 1) {
        const { phrase, bits } = await suggestPassphrase(locale);
        const parts = phrase.split(' ');
        expect(parts).toHaveLength(PASSPHRASE_WORDS);
        for (const part of parts) expect(words).toContain(part);
        expect(bits).toBeCloseTo(PASSPHRASE_WORDS * Math.log2(words.length), 6);
        expect(passcodeStrength(phrase)?.level).not.toBe('weak');
        expect(passcodeStrength(phrase, bits)?.level).not.toBe('weak');
        seen.add(phrase);
      }
      expect(seen.size).toBe(50);
      const { bits } = passphraseFrom(words);
      expect(bits).toBeGreaterThan(50);
      // On average more than 1,000 years for one fast graphics card against an offline copy.
      expect(averageGuessSeconds(bits) / YEAR).toBeGreaterThan(1000);
    });

    it(`${locale}: every word is in the system dictionary (${LISTS[locale].dictionary})`, (context) => {
      const { dictionary } = LISTS[locale];
      if (!existsSync(dictionary)) {
        // CI installs it (.ci/run); a local checkout without it skips, CI does not.
        if (process.env.CI) throw new Error(`${dictionary} is missing: install Debian's ${LISTS[locale].package} package`);
        context.skip();
        return;
      }
      const known = new Set(readFileSync(dictionary, 'utf8').split('\n'));
      const unknown = words.filter((word) => !known.has(word));
      expect(unknown, `words in ${LISTS[locale].file} that ${dictionary} does not know`).toEqual([]);
    });
  }

  it('the strength shown for a suggestion is its true figure, not the estimate for a chosen phrase', () => {
    const phrase = 'erwt dambord hoefijzer bonbon goudvis';
    expect(passcodeStrength(phrase)?.bits).toBe(70);
    expect(passcodeStrength(phrase, 50.7)).toEqual({ level: 'fair', reason: 'fair', bits: 50.7 });
  });
});
