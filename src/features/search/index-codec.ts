import type { AsPlainObject } from 'minisearch';

/**
 * A compact form of MiniSearch's serialised index (`toJSON()`), shipped in the search chunks.
 *
 * Everything but `index` stays as it is (small). The `index`, a list of
 * `[term, {fieldId: {docId: termFreq}}]`, becomes one string: per term, in the original order
 * (so `loadJS` builds the same tree), these numbers and characters:
 * - the term's length L and the length R of its end that differs from the previous term, as one
 *   number L × (L + 1) / 2 + R (0 ≤ R ≤ L), then those R characters as they are (any character:
 *   lengths, not separators, delimit them);
 * - a bit mask of the fields the term occurs in;
 * - per field, ascending, each document: ((docId − previous docId − 1) × 3 + min(termFreq − 1, 2))
 *   × 2 + (last document of the field), followed by termFreq − 3 when termFreq ≥ 3.
 * A number is written in base-90 digits (printable ASCII without quotes, `$` and `\`, so the
 * string needs no escapes): any number of leading digits of 80–89 carry the high part in base 10,
 * and one final digit of 0–79 the low part. Nearly every number is a single character.
 */
export type EncodedIndex = Omit<AsPlainObject, 'index'> & { index: string };

const DIGITS = ' !#%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~';
/** Digits below FINAL end a number; the others carry its high part. */
const FINAL = 80;
const CARRY = DIGITS.length - FINAL;

/** Build time: the compact form of `toJSON()` output. Throws on anything it could not restore exactly. */
export function encodeIndex(plain: AsPlainObject): EncodedIndex {
  const isCount = (value: unknown, min: number): value is number => Number.isSafeInteger(value) && (value as number) >= min;
  const write = (value: number): string => {
    let digits = DIGITS[value % FINAL]!;
    for (let high = Math.floor(value / FINAL); high > 0; high = Math.floor(high / CARRY)) digits = DIGITS[FINAL + (high % CARRY)]! + digits;
    return digits;
  };
  // Keys as numbers, ascending; a key that is not a number's own spelling ("04") becomes NaN and is refused.
  const byNumber = <T>(entries: [string, T][]) =>
    entries.map(([key, value]) => [String(Number(key)) === key ? Number(key) : NaN, value] as const).sort((a, b) => a[0] - b[0]);

  let out = '';
  let previous = '';
  for (const [term, fields] of plain.index) {
    let shared = 0;
    while (shared < term.length && term[shared] === previous[shared]) shared++;
    const rest = term.length - shared;
    out += write((term.length * (term.length + 1)) / 2 + rest) + term.slice(shared);
    previous = term;

    const byField = byNumber(Object.entries(fields));
    let mask = 0;
    for (const [fieldId] of byField) {
      if (!isCount(fieldId, 0) || fieldId > 30) throw new Error(`Search index: field id "${fieldId}" of "${term}" cannot be encoded`);
      mask |= 1 << fieldId;
    }
    out += write(mask);
    for (const [fieldId, docs] of byField) {
      const byDoc = byNumber(Object.entries(docs));
      if (byDoc.length === 0) throw new Error(`Search index: field ${fieldId} of "${term}" has no documents`);
      let previousDoc = -1;
      byDoc.forEach(([docId, freq], i) => {
        if (!isCount(docId, 0) || !isCount(freq, 1)) throw new Error(`Search index: entry ${docId}: ${freq} of "${term}" cannot be encoded`);
        out += write(((docId - previousDoc - 1) * 3 + Math.min(freq - 1, 2)) * 2 + (i === byDoc.length - 1 ? 1 : 0));
        if (freq >= 3) out += write(freq - 3);
        previousDoc = docId;
      });
    }
  }
  return { ...plain, index: out };
}

/** Browser: turns the compact form back into exactly what `MiniSearch.loadJS` expects. */
export function decodeIndex(encoded: EncodedIndex): AsPlainObject {
  const text = encoded.index;
  const value = new Uint8Array(128);
  for (let i = 0; i < DIGITS.length; i++) value[DIGITS.charCodeAt(i)] = i;
  let at = 0;
  const read = (): number => {
    let high = 0;
    let digit: number;
    while ((digit = value[text.charCodeAt(at++)]!) >= FINAL) high = high * CARRY + digit - FINAL;
    return high * FINAL + digit;
  };

  const index: AsPlainObject['index'] = [];
  let term = '';
  while (at < text.length) {
    // The largest L with L × (L + 1) / 2 ≤ pair is the length; the remainder is R.
    const pair = read();
    const length = Math.floor((Math.sqrt(8 * pair + 1) - 1) / 2);
    const rest = pair - (length * (length + 1)) / 2;
    term = term.slice(0, length - rest) + text.slice(at, (at += rest));
    const fields: Record<string, Record<string, number>> = {};
    for (let mask = read(), fieldId = 0; mask; mask >>>= 1, fieldId++) {
      if (!(mask & 1)) continue;
      const docs: Record<string, number> = (fields[fieldId] = {});
      let docId = -1;
      let code: number;
      do {
        code = read();
        const freq = Math.floor(code / 2) % 3;
        docId += Math.floor(code / 6) + 1;
        docs[docId] = freq < 2 ? freq + 1 : read() + 3;
      } while (!(code & 1));
    }
    index.push([term, fields]);
  }
  return { ...encoded, index };
}
