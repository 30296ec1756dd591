/**
 * Phone numbers inside text a parent typed ("Mijn zus Anna: 06-12345678"), found so they can be
 * tapped. Dutch and Belgian forms: 06-12345678, 070-1234567, 0800-2000, 0475 12 34 56,
 * +31 6 12345678, +32 475 12 34 56, and the short lines 112, 113, 1813, 1712, 106, 101.
 * A run of 2 to 5 digits alone is only a number when it is one of those short lines, so
 * "om 7 uur" or "in 2024" never become links.
 */
export type TextPart = { text: string } | { text: string; tel: string };

const SHORT_LINES = new Set(['112', '113', '1813', '1712', '106', '101', '102', '1733']);
// A candidate: an optional +country, then digits with single spaces, dots or dashes between.
const CANDIDATE = /(?<![\p{L}\p{N}])(\+\d{2}[\s.-]?)?\(?\d[\d\s.()-]{1,16}\d(?![\p{L}\p{N}])/gu;

/** The digits to dial (with a leading +), or null when the text is not a phone number. */
export function dialable(candidate: string): string | null {
  const plus = candidate.trim().startsWith('+');
  const digits = candidate.replace(/\D/g, '');
  if (plus) return digits.length >= 10 && digits.length <= 12 ? `+${digits}` : null;
  if (SHORT_LINES.has(digits)) return digits;
  // National numbers: 0 then 8 or 9 more digits (0800-2000 and 0900-8844 are 8 digits in all).
  if (digits.startsWith('0') && digits.length >= 8 && digits.length <= 10) return digits;
  return null;
}

export function splitPhoneNumbers(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const raw = match[0].replace(/[\s.(-]+$/, '');
    const tel = dialable(raw);
    if (!tel) continue;
    const start = match.index;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: raw, tel });
    last = start + raw.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
