import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES, type BackupCheck, type BackupProblem, type EncryptedBackup } from '../../src/features/backup/backup-format';
import { base64Length, decodeBase64, encodeBase64 } from '../../src/features/backup/base64';
import { buildBackup, serializeBackup } from '../../src/features/backup/build-backup';
import { decryptBackup, encryptBackup, openEncryptedBackup } from '../../src/features/backup/encrypted-backup';
import { MAX_ENCRYPTED_BACKUP_BYTES, MAX_ENCRYPTED_DATA_CHARS } from '../../src/features/backup/encrypted-format';
import { checkBackup, parseBackup } from '../../src/features/backup/parse-backup';
import { KDF_ITERATIONS } from '../../src/storage/lock/lock-crypto';
import { byteLengthOf, EXPORTED_AT, expectBackup, expectProblem, makeEntry, makePlan, parseText, rawFile } from './backup-fixtures';

/**
 * Encrypted backup files (docs/backup-format.md, "Encrypted backups"). Key derivation runs
 * with FAST iterations here; Kier itself writes 600,000 and reads no fewer than 100,000, which
 * one test checks at full cost.
 */

const FAST = { iterations: 1_000 };
const READ_FAST = { minIterations: 1_000 };
const PASSWORD = 'appelboom-42';
const encoder = new TextEncoder();

const SECRET = 'Hij sloeg de deur dicht en riep dat hij ons haatte 🚪';
const file = buildBackup(
  {
    diary: [makeEntry(1, { text: SECRET, tags: ['ruzie-thuis'] }), makeEntry(2, { text: 'Rustige avond.\nZe at mee.' })],
    plans: [makePlan(1)],
  },
  { locale: 'nl', country: 'NL' },
  EXPORTED_AT,
);
const plainText = serializeBackup(file);

let encryptedText: string;

beforeAll(async () => {
  encryptedText = await encryptBackup(file, PASSWORD, FAST);
});

function check(text: string, byteLength = byteLengthOf(text)): BackupCheck {
  return checkBackup(text, byteLength, READ_FAST);
}

function expectEncrypted(result: BackupCheck): EncryptedBackup {
  if (result.kind !== 'encrypted') throw new Error(`Expected an encrypted file, got ${JSON.stringify(result)}`);
  return result.encrypted;
}

function expectCheckProblem(result: BackupCheck, problem: BackupProblem): void {
  expect(result).toStrictEqual({ kind: 'problem', problem });
}

/** The encrypted file as JSON, changed by `change` (which may mutate it), as text again. */
function tampered(change: (file: { [key: string]: unknown; encrypted: Record<string, unknown> & { kdf: Record<string, unknown>; cipher: Record<string, unknown> } }) => void): string {
  const json = JSON.parse(encryptedText);
  change(json);
  return JSON.stringify(json);
}

/** Encrypts any text the way Kier does, with nothing but standard WebCrypto: a file made by hand. */
async function encryptRaw(plain: Uint8Array, password: string, iterations = FAST.iterations): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const material = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode('kier-backup') }, key, plain as BufferSource));
  return JSON.stringify({
    format: 'kier-backup',
    version: 2,
    exportedAt: EXPORTED_AT.toISOString(),
    app: { name: 'Kier' },
    encrypted: {
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: encodeBase64(salt) },
      cipher: { name: 'AES-GCM', iv: encodeBase64(iv) },
      data: encodeBase64(data),
    },
  });
}

async function openText(text: string, password = PASSWORD) {
  return openEncryptedBackup(expectEncrypted(check(text)), password);
}

describe('encrypted backup: round trip', () => {
  it('opens with the right password to exactly what the ordinary file holds', async () => {
    const encrypted = expectEncrypted(check(encryptedText));
    expect(encrypted.exportedAt).toBe(EXPORTED_AT.toISOString());
    expect(encrypted.iterations).toBe(FAST.iterations);
    expect(encrypted.salt).toHaveLength(16);
    expect(encrypted.iv).toHaveLength(12);
    const opened = expectBackup(await openEncryptedBackup(encrypted, PASSWORD));
    expect(opened).toEqual(expectBackup(parseText(plainText)));
    expect(opened.records.diary[0]!.text).toBe(SECRET);
  });

  it('decrypts to the byte-exact text of the ordinary file', async () => {
    const decrypted = await decryptBackup(expectEncrypted(check(encryptedText)), PASSWORD);
    expect(decrypted).toEqual({ ok: true, text: plainText, byteLength: byteLengthOf(plainText) });
  });

  it('keeps only format, version, exportedAt and app in clear, and nothing of the diary or plans', () => {
    const json = JSON.parse(encryptedText) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['format', 'version', 'exportedAt', 'app', 'encrypted']);
    expect(json).toMatchObject({ format: 'kier-backup', version: 2, exportedAt: '2026-11-22T20:15:00.000Z', app: { name: 'Kier' } });
    expect(json.encrypted).toMatchObject({ version: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 1_000 }, cipher: { name: 'AES-GCM' } });
    for (const clear of [SECRET, 'Hij sloeg', 'ruzie-thuis', 'Rustige avond', 'entry-1', 'plan-1', 'Anna', '06-12345678', 'meals-to-room', 'diary', 'plans', 'settings', PASSWORD]) {
      expect(encryptedText).not.toContain(clear);
    }
  });

  it('can be opened with standard WebCrypto alone, as the format document describes', async () => {
    const json = JSON.parse(encryptedText);
    const material = await crypto.subtle.importKey('raw', encoder.encode(PASSWORD), 'PBKDF2', false, ['deriveKey']);
    const key = await crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.from(json.encrypted.kdf.salt, 'base64'), iterations: json.encrypted.kdf.iterations },
      material,
      { name: 'AES-GCM', length: 256 },
      false,
      ['decrypt'],
    );
    const iv = Buffer.from(json.encrypted.cipher.iv, 'base64');
    const data = Buffer.from(json.encrypted.data, 'base64');
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode('kier-backup') }, key, data);
    expect(new TextDecoder().decode(plain)).toBe(plainText);
    // The additional data is part of the format: without it, the file does not open.
    await expect(crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data)).rejects.toThrow();
  });

  it('opens a file made by hand with standard WebCrypto', async () => {
    const byHand = await encryptRaw(encoder.encode(plainText), PASSWORD);
    expect(expectBackup(await openText(byHand))).toEqual(expectBackup(parseText(plainText)));
  });

  it('uses a fresh salt and IV for every file', async () => {
    const again = JSON.parse(await encryptBackup(file, PASSWORD, FAST));
    const first = JSON.parse(encryptedText);
    expect(again.encrypted.kdf.salt).not.toBe(first.encrypted.kdf.salt);
    expect(again.encrypted.cipher.iv).not.toBe(first.encrypted.cipher.iv);
    expect(again.encrypted.data).not.toBe(first.encrypted.data);
  });

  it('treats the password as Unicode text: the same word typed in another normal form opens it', async () => {
    const text = await encryptBackup(file, 'café-wachtwoord'.normalize('NFC'), FAST);
    expectBackup(await openText(text, 'café-wachtwoord'.normalize('NFD')));
  });

  it('derives the key with 600,000 iterations by default', async () => {
    expect(KDF_ITERATIONS).toBe(600_000);
    const text = await encryptBackup(file, PASSWORD);
    expect(JSON.parse(text).encrypted.kdf.iterations).toBe(600_000);
    const encrypted = expectEncrypted(checkBackup(text, byteLengthOf(text)));
    expectBackup(await openEncryptedBackup(encrypted, PASSWORD));
  }, 20_000);

  it('reads an encrypted file that is larger than an ordinary file may be', () => {
    expectEncrypted(check(encryptedText, MAX_BACKUP_BYTES + 1));
    expectCheckProblem(check(encryptedText, MAX_ENCRYPTED_BACKUP_BYTES + 1), { code: 'tooLarge', limit: MAX_BACKUP_BYTES });
    expectCheckProblem(check(rawFile([makeEntry(1)]), MAX_BACKUP_BYTES + 1), { code: 'tooLarge', limit: MAX_BACKUP_BYTES });
  });

  it('gives an ordinary file to checkBackup as a backup, with the same checks as parseBackup', () => {
    const result = check(plainText);
    expect(result.kind).toBe('backup');
    if (result.kind === 'backup') expect(result.backup).toEqual(expectBackup(parseText(plainText)));
    expectCheckProblem(check('{'), { code: 'notJson' });
    expectCheckProblem(check('  '), { code: 'empty' });
    expectCheckProblem(check('{"format":"other","encrypted":{}}'), { code: 'notKier' });
    expectCheckProblem(check(rawFile([makeEntry(1, { tension: 12 })])), { code: 'invalidEntry', entry: 1, field: 'tension' });
  });
});

describe('encrypted backup: a wrong password or a changed file', () => {
  it.each([['appelboom-43'], ['Appelboom-42'], ['appelboom-42 '], [''], ['x'.repeat(10_000)]])('refuses the password %j', async (password) => {
    const result = await openText(encryptedText, password);
    expectProblem(result, { code: 'wrongPassword' });
    expect(JSON.stringify(result)).not.toContain(PASSWORD);
  });

  const flipFirst = (base64: string) => {
    const bytes = decodeBase64(base64)!;
    bytes[0] = bytes[0]! ^ 1;
    return encodeBase64(bytes);
  };
  const flipLast = (base64: string) => {
    const bytes = decodeBase64(base64)!;
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0x80;
    return encodeBase64(bytes);
  };

  it.each<[string, Parameters<typeof tampered>[0]]>([
    ['a changed byte of the ciphertext', (json) => void (json.encrypted.data = flipFirst(json.encrypted.data as string))],
    ['a changed byte of the tag', (json) => void (json.encrypted.data = flipLast(json.encrypted.data as string))],
    ['ciphertext cut short', (json) => void (json.encrypted.data = encodeBase64(decodeBase64(json.encrypted.data as string)!.slice(0, -1)))],
    ['a changed IV', (json) => void (json.encrypted.cipher.iv = flipFirst(json.encrypted.cipher.iv as string))],
    ['a changed salt', (json) => void (json.encrypted.kdf.salt = flipFirst(json.encrypted.kdf.salt as string))],
    ['a changed iteration count', (json) => void (json.encrypted.kdf.iterations = 1_001)],
  ])('refuses %s as a wrong password', async (_, change) => {
    expectProblem(await openText(tampered(change)), { code: 'wrongPassword' });
  });

  it('refuses data sealed without the additional data, or with another one', async () => {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const material = await crypto.subtle.importKey('raw', encoder.encode(PASSWORD), 'PBKDF2', false, ['deriveKey']);
    const key = await crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1_000 }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
    for (const params of [{ name: 'AES-GCM', iv }, { name: 'AES-GCM', iv, additionalData: encoder.encode('kier:lock-verifier') }]) {
      const data = new Uint8Array(await crypto.subtle.encrypt(params, key, encoder.encode(plainText)));
      const text = tampered((json) => {
        json.encrypted.kdf.salt = encodeBase64(salt);
        json.encrypted.cipher.iv = encodeBase64(iv);
        json.encrypted.data = encodeBase64(data);
      });
      expectProblem(await openText(text), { code: 'wrongPassword' });
    }
  });

  it('ignores anything a file adds in clear next to the encrypted data', async () => {
    const text = tampered((json) => {
      json.diary = [makeEntry(99, { text: 'Ingevoegd' })];
      json.plans = [];
      json.settings = { country: 'BE' };
    });
    const opened = expectBackup(await openText(text));
    expect(opened.records.diary.map((entry) => entry.id)).toEqual(['entry-1', 'entry-2']);
    expect(opened.settings).toEqual({ locale: 'nl', country: 'NL' });
  });
});

describe('encrypted backup: what is inside is checked like any backup', () => {
  it('refuses an encrypted file inside an encrypted file', async () => {
    const inner = await encryptRaw(encoder.encode(plainText), PASSWORD);
    const outer = await encryptRaw(encoder.encode(inner), PASSWORD);
    expectProblem(await openText(outer), { code: 'nestedEncryption' });
    // Even when the inner one's envelope is broken: an ordinary file is expected there.
    const broken = await encryptRaw(encoder.encode(JSON.stringify({ format: 'kier-backup', version: 2, encrypted: 'x' })), PASSWORD);
    expectProblem(await openText(broken), { code: 'nestedEncryption' });
  });

  it('refuses an encrypted file where parseBackup expects an ordinary one', () => {
    expectProblem(parseText(encryptedText), { code: 'nestedEncryption' });
  });

  it.each<[string, Uint8Array, BackupProblem]>([
    ['nothing', new Uint8Array(0), { code: 'empty' }],
    ['half a file', encoder.encode(plainText.slice(0, 100)), { code: 'notJson' }],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), { code: 'notJson' }],
    ['another format', encoder.encode('{"format":"other"}'), { code: 'notKier' }],
    ['a newer version', encoder.encode(rawFile([], { version: 3 })), { code: 'newerVersion', version: 3 }],
    ['a broken entry', encoder.encode(rawFile([makeEntry(1), makeEntry(2, { tension: 11 })])), { code: 'invalidEntry', entry: 2, field: 'tension' }],
    ['a duplicate id', encoder.encode(rawFile([makeEntry(1), makeEntry(1)])), { code: 'duplicateId', entry: 2, otherEntry: 1 }],
  ])('refuses %s inside', async (_, inner, problem) => {
    expectProblem(await openText(await encryptRaw(inner, PASSWORD)), problem);
  });

  it('reads a version 1 file inside', async () => {
    const v1 = JSON.stringify({ format: 'kier-backup', version: 1, exportedAt: EXPORTED_AT.toISOString(), app: { name: 'Kier' }, settings: {}, diary: [makeEntry(1)] });
    const opened = expectBackup(await openText(await encryptRaw(encoder.encode(v1), PASSWORD)));
    expect(opened.version).toBe(1);
    expect(opened.records.plans).toEqual([]);
  });
});

describe('encrypted backup: hostile envelopes are refused before any key is derived', () => {
  const invalid = (field?: string): BackupProblem => (field ? { code: 'invalidEncryption', field } : { code: 'invalidEncryption' });

  it.each<[string, Parameters<typeof tampered>[0], BackupProblem]>([
    ['no kdf', (json) => delete (json.encrypted as Record<string, unknown>).kdf, invalid('encrypted.kdf')],
    ['no salt', (json) => delete json.encrypted.kdf.salt, invalid('encrypted.kdf.salt')],
    ['no iterations', (json) => delete json.encrypted.kdf.iterations, invalid('encrypted.kdf.iterations')],
    ['no cipher', (json) => delete (json.encrypted as Record<string, unknown>).cipher, invalid('encrypted.cipher')],
    ['no IV', (json) => delete json.encrypted.cipher.iv, invalid('encrypted.cipher.iv')],
    ['no data', (json) => delete json.encrypted.data, invalid('encrypted.data')],
    ['encrypted is a string', (json) => void (json.encrypted = 'Hij sloeg de deur' as never), invalid('encrypted')],
    ['encrypted is a list', (json) => void (json.encrypted = [json.encrypted] as never), invalid('encrypted')],
    ['encrypted is null', (json) => void (json.encrypted = null as never), invalid('encrypted')],
    ['kdf is a list', (json) => void (json.encrypted.kdf = [] as never), invalid('encrypted.kdf')],
    ['an unknown encryption version', (json) => void (json.encrypted.version = 2), invalid('encrypted.version')],
    ['encryption version as text', (json) => void (json.encrypted.version = '1'), invalid('encrypted.version')],
    ['another key derivation', (json) => void (json.encrypted.kdf.name = 'scrypt'), invalid('encrypted.kdf.name')],
    ['another hash', (json) => void (json.encrypted.kdf.hash = 'SHA-1'), invalid('encrypted.kdf.hash')],
    ['another cipher', (json) => void (json.encrypted.cipher.name = 'AES-CBC'), invalid('encrypted.cipher.name')],
    ['a salt of 15 bytes', (json) => void (json.encrypted.kdf.salt = encodeBase64(new Uint8Array(15))), invalid('encrypted.kdf.salt')],
    ['a salt of 17 bytes', (json) => void (json.encrypted.kdf.salt = encodeBase64(new Uint8Array(17))), invalid('encrypted.kdf.salt')],
    ['an IV of 16 bytes', (json) => void (json.encrypted.cipher.iv = encodeBase64(new Uint8Array(16))), invalid('encrypted.cipher.iv')],
    ['data shorter than a tag', (json) => void (json.encrypted.data = encodeBase64(new Uint8Array(15))), invalid('encrypted.data')],
    ['empty data', (json) => void (json.encrypted.data = ''), invalid('encrypted.data')],
    ['data as a number', (json) => void (json.encrypted.data = 42), invalid('encrypted.data')],
    ['data with a line break', (json) => void (json.encrypted.data = `${(json.encrypted.data as string).slice(0, 8)}\n${(json.encrypted.data as string).slice(8)}`), invalid('encrypted.data')],
    ['data with spaces', (json) => void (json.encrypted.data = ` ${json.encrypted.data as string}`), invalid('encrypted.data')],
    ['data in URL-safe base64', (json) => void (json.encrypted.data = (json.encrypted.data as string).replace(/^./, '-')), invalid('encrypted.data')],
    ['data without padding', (json) => void (json.encrypted.data = (json.encrypted.data as string) + 'QQ'), invalid('encrypted.data')],
    ['a salt with stray bits', (json) => void (json.encrypted.kdf.salt = 'AAAAAAAAAAAAAAAAAAAAAB=='), invalid('encrypted.kdf.salt')],
    ['a salt that is not base64', (json) => void (json.encrypted.kdf.salt = 'Hij sloeg de deur dicht!'), invalid('encrypted.kdf.salt')],
    ['an invalid exportedAt', (json) => void (json.exportedAt = '2026-02-30T10:00:00.000Z'), { code: 'invalidFile', field: 'exportedAt' }],
    ['version 1 (before encryption existed)', (json) => void (json.version = 1), { code: 'unknownVersion' }],
    ['version 3', (json) => void (json.version = 3), { code: 'newerVersion', version: 3 }],
    ['version "2"', (json) => void (json.version = '2'), { code: 'unknownVersion' }],
  ])('refuses %s', (_, change, problem) => {
    expectCheckProblem(check(tampered(change)), problem);
  });

  it.each<[unknown]>([[0], [1], [99_999], [10_000_001], [1e9], ['600000'], [600_000.5], [-600_000], [null], [[600_000]], [{}]])('refuses %j iterations', (iterations) => {
    // Kier's own limits here, not the fast ones of the other tests.
    const text = tampered((json) => void (json.encrypted.kdf.iterations = iterations));
    expectCheckProblem(checkBackup(text, byteLengthOf(text)), invalid('encrypted.kdf.iterations'));
  });

  it('refuses an iteration count that overflows to Infinity', () => {
    const text = tampered((json) => void (json.encrypted.kdf.iterations = 123_456_789)).replace('123456789', '1e400');
    expectCheckProblem(checkBackup(text, byteLengthOf(text)), invalid('encrypted.kdf.iterations'));
  });

  it('accepts the iteration counts at both ends of what it reads', () => {
    for (const iterations of [100_000, 10_000_000]) {
      const text = tampered((json) => void (json.encrypted.kdf.iterations = iterations));
      expect(expectEncrypted(checkBackup(text, byteLengthOf(text))).iterations).toBe(iterations);
    }
  });

  it('refuses data longer than the largest file it could hold, without decoding it', () => {
    const data = 'A'.repeat(MAX_ENCRYPTED_DATA_CHARS + 4);
    const text = tampered((json) => void (json.encrypted.data = data));
    expect(text.length).toBeLessThanOrEqual(MAX_ENCRYPTED_BACKUP_BYTES);
    expectCheckProblem(check(text), invalid('encrypted.data'));
    expect(MAX_ENCRYPTED_DATA_CHARS).toBe(base64Length(MAX_BACKUP_BYTES + 16));
  });

  it('never takes a key from a polluted prototype', () => {
    const text = encryptedText.replace('"kdf": {', '"kdf": {"__proto__": {"iterations": 600000, "salt": "AAAAAAAAAAAAAAAAAAAAAA=="},').replace(/"iterations":\d+,"salt":"[^"]+"/, '"x":1');
    expect(text).toContain('__proto__');
    expectCheckProblem(check(text), invalid('encrypted.kdf.iterations'));
  });

  it('never quotes the file in a problem', () => {
    const marker = 'GEHEIM<b>Hij sloeg</b>';
    const hostile: Parameters<typeof tampered>[0][] = [
      (json) => void (json.encrypted.kdf.salt = marker),
      (json) => void (json.encrypted.kdf.name = marker),
      (json) => void (json.encrypted.kdf.iterations = marker),
      (json) => void (json.encrypted.cipher.iv = marker),
      (json) => void (json.encrypted.data = marker),
      (json) => void (json.encrypted.version = marker),
      (json) => void (json.encrypted = { [marker]: marker } as never),
      (json) => void (json.encrypted.kdf = { [marker]: 1 } as never),
      (json) => void (json.exportedAt = marker),
      (json) => void (json.version = marker),
    ];
    for (const change of hostile) {
      const result = check(tampered(change));
      expect(result.kind).toBe('problem');
      const text = JSON.stringify(result);
      expect(text).not.toContain('GEHEIM');
      expect(text).not.toContain('sloeg');
      if (result.kind === 'problem') {
        expect(Object.keys(result.problem).every((key) => ['code', 'field', 'version'].includes(key))).toBe(true);
        if (result.problem.field !== undefined) expect(result.problem.field).toMatch(/^[a-zA-Z.]+$/);
      }
    }
  });
});

describe('base64', () => {
  it('round-trips every length and byte', () => {
    for (let length = 0; length < 70; length += 1) {
      const bytes = crypto.getRandomValues(new Uint8Array(length));
      const text = encodeBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(decodeBase64(text)).toEqual(bytes);
    }
    const large = Uint8Array.from({ length: 100_000 }, (_, index) => (index * 7919) % 256);
    expect(decodeBase64(encodeBase64(large))).toEqual(large);
  });

  it.each([['QQ'], ['QQ='], ['QR=='], ['QUI='.replace('I', 'J')], ['Q Q=='], ['QQ==\n'], ['-_=='], ['QQ==QQ=='], ['===='], ['QUJD\u00e9'], ['A']])('refuses %j', (text) => {
    expect(decodeBase64(text)).toBeNull();
  });
});
