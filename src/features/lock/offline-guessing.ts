/**
 * How long one fast graphics card would need, on average, to guess a passcode from a copy of
 * the browser's files (offline: no waits, no limit on tries), as plain words.
 *
 * The rate: hashcat v6.2.6-851 on one NVIDIA RTX 5090 Founders Edition, hash mode 10900
 * (PBKDF2-HMAC-SHA256) at 999 iterations: 11,157.2 kH/s (Chick3nman's RTX 5090 hashcat benchmark,
 * gist.github.com/Chick3nman, as quoted in public code; see docs/lock-threat-model.md). PBKDF2's cost grows
 * linearly with its iterations, so at Kier's 600,000: 11,157,200 × 999 / 600,000 ≈ 18,577 guesses
 * a second. One high-end card only: a rig of many cards, or a faster card, is faster by as much.
 */
export const GUESSES_PER_SECOND = (11_157_200 * 999) / 600_000;

export type GuessTime = { unit: 'instant' } | { unit: 'seconds' | 'minutes' | 'hours' | 'days' | 'years'; count: number } | { unit: 'centuries' };

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;

/** Average seconds to guess a secret of `bits` bits: half of all possibilities, at GUESSES_PER_SECOND. */
export function averageGuessSeconds(bits: number): number {
  return 2 ** Math.max(0, bits - 1) / GUESSES_PER_SECOND;
}

/** The time in the largest whole unit ("about 3 days"); more than 100 years is "centuries". */
export function guessTime(bits: number): GuessTime {
  const seconds = averageGuessSeconds(bits);
  if (seconds < 1) return { unit: 'instant' };
  if (seconds >= 100 * YEAR) return { unit: 'centuries' };
  if (seconds >= YEAR) return { unit: 'years', count: Math.floor(seconds / YEAR) };
  if (seconds >= DAY) return { unit: 'days', count: Math.floor(seconds / DAY) };
  if (seconds >= HOUR) return { unit: 'hours', count: Math.floor(seconds / HOUR) };
  if (seconds >= MINUTE) return { unit: 'minutes', count: Math.floor(seconds / MINUTE) };
  return { unit: 'seconds', count: Math.floor(seconds) };
}

/** The fewest bits a new passcode needs: on average at least a year for one such card. */
export const MIN_BITS = Math.log2(2 * YEAR * GUESSES_PER_SECOND);
