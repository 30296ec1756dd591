/**
 * A hint about how hard a passcode is to guess: length and variety, and a few patterns
 * people often choose. A hint only: every passcode of the minimum length is accepted.
 */
export type StrengthLevel = 'weak' | 'fair' | 'strong';
export type StrengthReason = 'tooShort' | 'pattern' | 'common' | 'onlyDigits' | 'short' | 'fair' | 'strong';

export interface Strength {
  level: StrengthLevel;
  reason: StrengthReason;
}

/** Words others try first (letters only, lowercase); a few digits around them do not help much. */
const COMMON_WORDS = ['wachtwoord', 'password', 'passw', 'welkom', 'welcome', 'geheim', 'secret', 'qwerty', 'azerty', 'asdfgh', 'letmein', 'iloveyou', 'dagboek', 'diary', 'kier', 'admin'];

/** Bits of guessing work below which a passcode is weak, and from which it is strong. */
const FAIR_FROM = 36;
const STRONG_FROM = 60;

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

/** The hint for a passcode; null while nothing is typed. */
export function passcodeStrength(code: string, minLength: number): Strength | null {
  if (code === '') return null;
  const chars = [...code];
  if (chars.length < minLength) return { level: 'weak', reason: 'tooShort' };
  const lower = code.toLowerCase();
  if (isRepeated(chars) || isRun([...lower])) return { level: 'weak', reason: 'pattern' };
  if (isCommon(lower)) return { level: 'weak', reason: 'common' };
  const bits = chars.length * Math.log2(poolSize(code));
  if (bits < FAIR_FROM) return { level: 'weak', reason: /^\d+$/.test(code) ? 'onlyDigits' : 'short' };
  if (bits < STRONG_FROM) return { level: 'fair', reason: 'fair' };
  return { level: 'strong', reason: 'strong' };
}
