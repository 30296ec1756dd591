import { describe, expect, it } from 'vitest';
import { findPhoneNumbers, telFor } from '../../src/features/shared/phone-links';

const links = (text: string) => findPhoneNumbers(text).flatMap((part) => (part.href ? [[part.text, part.href]] : []));

describe('phone numbers in a parent\'s own words', () => {
  it.each([
    ['06-12345678', 'tel:0612345678'],
    ['06 12 34 56 78', 'tel:0612345678'],
    ['070-1234567', 'tel:0701234567'],
    ['0513 123456', 'tel:0513123456'],
    ['0800-2000', 'tel:08002000'],
    ['0800-0113', 'tel:08000113'],
    ['+31 6 12345678', 'tel:+31612345678'],
    ['+31 (0)70 123 4567', 'tel:+31701234567'],
    ['0031 6 1234 5678', 'tel:+31612345678'],
    ['0475 12 34 56', 'tel:0475123456'],
    ['02/123 45 67', 'tel:021234567'],
    ['+32 475 12 34 56', 'tel:+32475123456'],
    ['112', 'tel:112'],
    ['1813', 'tel:1813'],
    ['1712', 'tel:1712'],
    ['113', 'tel:113'],
  ])('turns %s into %s', (written, href) => {
    expect(telFor(written)).toBe(href);
    expect(links(`Bel ${written}.`)).toEqual([[written, href]]);
  });

  it('finds every number in the review\'s "Wie ik bel", and keeps the rest as text', () => {
    const text = 'Mijn zus Anna: 06-12345678\nDe huisarts: 070-1234567';
    expect(findPhoneNumbers(text)).toEqual([
      { text: 'Mijn zus Anna: ' },
      { text: '06-12345678', href: 'tel:0612345678' },
      { text: '\nDe huisarts: ' },
      { text: '070-1234567', href: 'tel:0701234567' },
    ]);
    expect(findPhoneNumbers(text).map((part) => part.text).join('')).toBe(text);
  });

  it('splits numbers written side by side', () => {
    expect(links('06-12345678 070-1234567, of 112')).toEqual([
      ['06-12345678', 'tel:0612345678'],
      ['070-1234567', 'tel:0701234567'],
      ['112', 'tel:112'],
    ]);
  });

  it.each([
    'Vanaf 2026-11-30 om 18.00 uur',
    'Postcode 2514 AB',
    'Hij is 17 en zit in 4 havo',
    'Het kost € 1.250',
    'Om 20:30 bel ik',
    'Kamer A112',
    'Huisnummer 112a',
    'Code 1120',
    '0612345',
    '+44 20 7946 0958',
    '',
  ])('leaves "%s" as text', (text) => {
    expect(links(text)).toEqual([]);
    expect(findPhoneNumbers(text).map((part) => part.text).join('')).toBe(text);
  });
});
