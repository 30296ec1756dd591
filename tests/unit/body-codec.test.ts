import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/content/body-codec';
import { encodeBody } from '../../src/content/build/encode-body';

describe('module body compression', () => {
  it('inflates exactly what the build deflated, accents, quotes and emoji included', async () => {
    const body = { id: 'x', locale: 'nl', html: '<p>Geïsoleerd, “hotel” &amp; café 🙂</p>\n'.repeat(200), headings: [{ id: 'a', text: 'Wat nu?' }] };
    const encoded = encodeBody(body);
    expect(encoded).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(encoded.length).toBeLessThan(JSON.stringify(body).length / 4);
    expect(await decodeBody(encoded)).toEqual(body);
  });
});
