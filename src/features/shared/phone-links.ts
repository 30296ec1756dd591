/**
 * Phone numbers in text a parent typed ("Mijn zus Anna: 06-12345678"), so the plan page can make
 * them tap-to-call links. Dutch and Belgian numbers as people write them: 06-12345678,
 * 070-1234567, 0800-2000, +31 6 12345678, +31 (0)70 123 4567, 0475 12 34 56, 02/123 45 67, and
 * the short lines 112, 113, 1813, 1712 and a few more. Pure: no DOM, no network.
 *
 * A run of digit groups may hold more than one number ("06-12345678 070-1234567"); it is read
 * from the left, taking the longest run of groups that makes a valid number each time. Dates
 * ("2026-11-30"), times, postcodes and amounts are not valid numbers, so they stay text.
 */

export type TextPart = { text: string; href?: undefined } | { text: string; href: string };

/** Short numbers worth a tap: emergency, crisis and help lines in NL and BE. */
const SHORT = new Set(['112', '113', '1813', '1712', '101', '100', '102', '106', '116000', '116111', '116123']);

/** Digit groups joined by at most two separators (space, hyphen, dot, slash, brackets). */
const RUN = /\+?\d+(?:[\s\u00a0./()\u2010\u2011\u2013-]{1,3}\d+)*/gu;
const GROUP = /\+?\d+/gu;

/** The `tel:` form of a number written this way, or null when it is not a NL/BE phone number. */
export function telFor(written: string): string | null {
  const international = /^\s*(?:\+|00)(31|32)/.exec(written);
  let digits = written.replace(/\D/g, '');
  if (international) {
    const country = international[1]!;
    digits = digits.replace(/^00/, '').slice(country.length);
    // "+31 (0)6 …": the trunk zero in brackets is not dialled after a country code.
    if (digits.startsWith('0')) digits = digits.slice(1);
    const valid = country === '31' ? /^[1-9]\d{8}$/.test(digits) : /^[1-9]\d{7,8}$/.test(digits);
    return valid ? `tel:+${country}${digits}` : null;
  }
  if (written.trim().startsWith('+')) return null;
  if (SHORT.has(digits)) return `tel:${digits}`;
  // Free and paid service numbers: 0800-2000, 0800-0113, 0900-1234567.
  if (/^0(?:800|900|90[69])\d{4,7}$/.test(digits)) return `tel:${digits}`;
  // Ten digits (every Dutch number, Belgian mobiles) or nine (Belgian landlines).
  if (/^0[1-9]\d{7,8}$/.test(digits)) return `tel:${digits}`;
  return null;
}

/** The text in parts; a part with `href` is a phone number, its text exactly as written. */
export function findPhoneNumbers(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  const push = (part: TextPart) => {
    if (part.text) parts.push(part);
  };
  for (const run of text.matchAll(RUN)) {
    const start = run.index;
    // Part of a word or a longer number ("A12", "x112"): not a phone number.
    if (start > 0 && /[\p{L}\d]/u.test(text[start - 1]!)) continue;
    const groups = [...run[0].matchAll(GROUP)].map((group) => ({ from: start + group.index, to: start + group.index + group[0].length }));
    let i = 0;
    while (i < groups.length) {
      let found = -1;
      for (let j = groups.length - 1; j >= i; j -= 1) {
        if (telFor(text.slice(groups[i]!.from, groups[j]!.to)) !== null) {
          found = j;
          break;
        }
      }
      if (found === -1) {
        i += 1;
        continue;
      }
      const from = groups[i]!.from;
      const to = groups[found]!.to;
      push({ text: text.slice(last, from) });
      push({ text: text.slice(from, to), href: telFor(text.slice(from, to))! });
      last = to;
      i = found + 1;
    }
  }
  push({ text: text.slice(last) });
  return withoutGluedNumbers(parts);
}

/** A number glued to letters after it ("112a") is not a phone number: it becomes text again, joined to its neighbours. */
function withoutGluedNumbers(parts: TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  for (const [index, part] of parts.entries()) {
    const next = parts[index + 1];
    const glued = part.href !== undefined && next !== undefined && next.href === undefined && /^\p{L}/u.test(next.text);
    const plain: TextPart = glued ? { text: part.text } : part;
    const previous = out[out.length - 1];
    if (previous && previous.href === undefined && plain.href === undefined) out[out.length - 1] = { text: previous.text + plain.text };
    else out.push(plain);
  }
  return out;
}
