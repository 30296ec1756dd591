import { MIN_BITS } from './offline-guessing';

/**
 * How hard a new passcode is to guess from a copy of the browser's files (offline, where the
 * waits after wrong tries do not help): length and variety, whole words, and a few patterns
 * people often choose. 'weak' is refused for a new passcode (see new-passcode.ts): all digits,
 * a pattern or a common word, shorter than MIN_LENGTH without being a phrase of MIN_WORDS
 * words, no letters, or less than a year on average for one fast graphics card.
 */
export type StrengthLevel = 'weak' | 'fair' | 'strong';
export type StrengthReason = 'tooShort' | 'pattern' | 'common' | 'onlyDigits' | 'noLetters' | 'short' | 'fair' | 'strong';

export interface Strength {
  level: StrengthLevel;
  reason: StrengthReason;
  /** The estimated guessing work, in bits (see offline-guessing.ts for what that means in time). */
  bits: number;
}

/** A new passcode has at least this many characters, or is a phrase of at least MIN_WORDS words. */
export const MIN_LENGTH = 10;
export const MIN_WORDS = 3;
/**
 * A word a person picks counts as one of about 16,000 common words (14 bits), whatever its
 * length: someone guessing tries whole words, not letters.
 */
const WORD_BITS = 14;

/** Words others try first (letters only, lowercase); a few digits around them do not help much. */
const COMMON_WORDS = ['wachtwoord', 'password', 'passw', 'welkom', 'welcome', 'geheim', 'secret', 'qwerty', 'azerty', 'asdfgh', 'letmein', 'iloveyou', 'dagboek', 'diary', 'kier', 'admin'];

/** Bits of guessing work from which a passcode is strong (below MIN_BITS it is weak). */
const STRONG_FROM = 56;

/** The same short unit repeated ("aaaaaa", "121212", "abcabc"). */
function isRepeated(chars: readonly string[]): boolean {
  for (let unit = 1; unit <= 3; unit += 1) {
    if (chars.length >= unit * 2 && chars.every((char, index) => char === chars[index % unit])) return true;
  }
  return false;
}

/** A run up or down, like "123456", "654321" or "abcdef". */
function isRun(chars: readonly string[]): boolean {
  const codes = chars.map((char) => char.codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  return Math.abs(step) === 1 && codes.every((code, index) => index === 0 || code - codes[index - 1]! === step);
}

function isCommon(lower: string): boolean {
  const letters = lower.replace(/[^a-z]/g, '');
  const rest = lower.length - letters.length;
  return rest <= 4 && COMMON_WORDS.some((word) => letters === word || (letters.startsWith(word) && letters.length - word.length <= 2));
}

/** How many different characters each kind in the passcode could have been. */
function poolSize(code: string): number {
  let pool = 0;
  if (/\d/.test(code)) pool += 10;
  if (/[a-z]/.test(code)) pool += 26;
  if (/[A-Z]/.test(code)) pool += 26;
  if (/[^a-zA-Z\d]/.test(code)) pool += 33;
  return pool;
}

/** The words of a phrase made of letters only ("de kat zit", "zon-tafel-fiets"), or [] when it is not one. */
export function phraseWords(code: string): string[] {
  const trimmed = code.trim();
  if (!/^\p{L}+(?:[\s\-_.]+\p{L}+)+$/u.test(trimmed)) return [];
  return trimmed.split(/[\s\-_.]+/u);
}

/** Estimated bits of guessing work: per character from the kinds used, or per word for a phrase of words. */
export function estimatedBits(code: string): number {
  const characterBits = [...code].length * Math.log2(Math.max(poolSize(code), 2));
  const words = phraseWords(code);
  return words.length >= 2 ? Math.min(characterBits, words.length * WORD_BITS) : characterBits;
}

/**
 * The strength of a passcode; null while nothing is typed. `knownBits` is the true guessing work
 * when Kier made the passcode itself (a suggested passphrase): then no estimate is needed.
 */
export function passcodeStrength(code: string, knownBits?: number): Strength | null {
  if (code === '') return null;
  if (knownBits !== undefined) return strengthOfBits(knownBits);
  const chars = [...code];
  const lower = code.toLowerCase();
  const bits = estimatedBits(code);
  const weak = (reason: StrengthReason): Strength => ({ level: 'weak', reason, bits });
  if (/^\d+$/.test(code)) return weak('onlyDigits');
  if (isRepeated(chars) || isRun([...lower])) return weak('pattern');
  if (isCommon(lower)) return weak('common');
  if (!/\p{L}/u.test(code)) return weak('noLetters');
  if (chars.length < MIN_LENGTH && phraseWords(code).length < MIN_WORDS) return weak('tooShort');
  return strengthOfBits(bits);
}

/** The level for a number of bits alone: under MIN_BITS weak, then fair, from STRONG_FROM strong. */
function strengthOfBits(bits: number): Strength {
  if (bits < MIN_BITS) return { level: 'weak', reason: 'short', bits };
  if (bits < STRONG_FROM) return { level: 'fair', reason: 'fair', bits };
  return { level: 'strong', reason: 'strong', bits };
}
