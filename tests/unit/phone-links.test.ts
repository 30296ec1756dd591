import { describe, expect, it } from 'vitest';
import { splitPhoneNumbers } from '../../src/features/shared/phone-links';

const tels = (text: string) => splitPhoneNumbers(text).flatMap((part) => ('tel' in part ? [part.tel] : []));

describe('phone numbers in typed text', () => {
  it('finds Dutch and Belgian numbers in their usual forms', () => {
    expect(tels('Mijn zus Anna: 06-12345678\nDe huisarts: 070-1234567')).toEqual(['0612345678', '0701234567']);
    expect(tels('Veilig Thuis 0800-2000, politie 0900-8844')).toEqual(['08002000', '09008844']);
    expect(tels('Buurman +31 6 12345678 of tante 0475 12 34 56')).toEqual(['+31612345678', '0475123456']);
    expect(tels('+32 475 12 34 56')).toEqual(['+32475123456']);
    expect(tels('Bel 112, 113 of 1813')).toEqual(['112', '113', '1813']);
  });

  it('leaves times, years, counts and dates alone', () => {
    expect(tels('Om 7 uur, in 2024, 3 keer, op 12-11, kamer 14')).toEqual([]);
    expect(tels('Bel de school na 15.30')).toEqual([]);
  });

  it('keeps all the text, in order', () => {
    const text = 'Anna: 06-12345678 (zus)';
    expect(splitPhoneNumbers(text).map((part) => part.text).join('')).toBe(text);
  });
});
