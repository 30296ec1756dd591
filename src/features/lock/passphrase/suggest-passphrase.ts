/**
 * A passphrase suggested on the device: five words drawn at random from a list of common,
 * concrete Dutch or English words (3–9 letters, a–z only, checked against the system
 * dictionaries in tests). Random means crypto.getRandomValues with rejection sampling, so every
 * word is equally likely; nothing is sent anywhere and nothing is kept.
 *
 * Five words from about 1,100 give about 50.5 bits: on average well over 1,000 years for one
 * fast graphics card against a copy of the browser's files (see offline-guessing.ts). The lists
 * load only when a parent asks for a suggestion.
 */
import type { Locale } from '../../../app/locales';

export const PASSPHRASE_WORDS = 5;

export interface Passphrase {
  phrase: string;
  /** log2 of the number of phrases the generator could have made: the true guessing work. */
  bits: number;
}

const lists: Record<Locale, () => Promise<string>> = {
  nl: () => import('./words-nl.txt?raw').then((module) => module.default),
  en: () => import('./words-en.txt?raw').then((module) => module.default),
};

/** The words of a list file: one per line, no empty lines. */
export function parseWordList(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
}

/** A uniformly random whole number in [0, n): draws again when a draw falls in the uneven tail. */
export function randomBelow(n: number, random: (buffer: Uint32Array) => Uint32Array = (buffer) => crypto.getRandomValues(buffer)): number {
  if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`randomBelow: n must be a whole number from 1 to 2^32, got ${n}`);
  const limit = Math.floor(2 ** 32 / n) * n;
  const buffer = new Uint32Array(1);
  for (;;) {
    const value = random(buffer)[0]!;
    if (value < limit) return value % n;
  }
}

/** Five words from `words`, separated by spaces (easy to type on a phone). */
export function passphraseFrom(words: readonly string[], count = PASSPHRASE_WORDS, random?: (buffer: Uint32Array) => Uint32Array): Passphrase {
  if (words.length < 2) throw new RangeError('passphraseFrom: the word list needs at least two words');
  const chosen = Array.from({ length: count }, () => words[randomBelow(words.length, random)]!);
  return { phrase: chosen.join(' '), bits: count * Math.log2(words.length) };
}

/** A new suggestion in the parent's language. */
export async function suggestPassphrase(locale: Locale): Promise<Passphrase> {
  return passphraseFrom(parseWordList(await lists[locale]()));
}
