import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES, MAX_BACKUP_ENTRIES } from '../../src/features/backup/backup-format';
import { parseBackup } from '../../src/features/backup/parse-backup';
import { byteLengthOf, expectBackup, expectProblem, makeEntry, parseText, rawFile, textOf } from './backup-fixtures';

/** Hostile and broken whole files: each must be refused with the exact problem and nothing else. */

describe('parseBackup refuses files that are not a readable Kier backup', () => {
  it('refuses a truncated file as not JSON', () => {
    const text = textOf([makeEntry(1), makeEntry(2), makeEntry(3)]);
    expectProblem(parseText(text.slice(0, Math.floor(text.length / 2))), { code: 'notJson' });
    expectProblem(parseText('{"format": "kier-backup", '), { code: 'notJson' });
  });

  it('refuses an empty or blank file', () => {
    expectProblem(parseBackup('', 0), { code: 'empty' });
    expectProblem(parseText(' \n\t\r\n '), { code: 'empty' });
    expectProblem(parseText('\uFEFF'), { code: 'empty' });
  });

  it('reads a file that starts with a byte order mark', () => {
    expectBackup(parseText(`\uFEFF${textOf([makeEntry(1)])}`));
  });

  it.each([['null'], ['[]'], ['[{"format":"kier-backup","version":1}]'], ['42'], ['"kier-backup"'], ['true'], ['{}']])(
    'refuses %s as the whole file as not Kier',
    (text) => {
      expectProblem(parseText(text), { code: 'notKier' });
    },
  );

  it('refuses a wrong or missing format', () => {
    expectProblem(parseText(rawFile([], { format: 'other-backup' })), { code: 'notKier' });
    expectProblem(parseText(rawFile([], { format: 'KIER-BACKUP' })), { code: 'notKier' });
    expectProblem(parseText(rawFile([], { format: undefined })), { code: 'notKier' });
  });

  it.each([2, 99, 1e21])('refuses version %s as newer, naming it', (version) => {
    expectProblem(parseText(rawFile([], { version })), { code: 'newerVersion', version });
  });

  it.each([[0], [-1], [1.5], ['1'], [null], [undefined], [[1]]])('refuses version %j as unknown', (version) => {
    expectProblem(parseText(rawFile([], { version })), { code: 'unknownVersion' });
  });

  it('refuses a version that overflows to Infinity as unknown', () => {
    const text = rawFile([]).replace('"version":1', '"version":1e400');
    expect(text).toContain('1e400');
    expectProblem(parseText(text), { code: 'unknownVersion' });
  });

  it('refuses a missing diary or one that is not a list', () => {
    expectProblem(parseText(rawFile([], { diary: undefined })), { code: 'invalidFile', field: 'diary' });
    expectProblem(parseText(rawFile([], { diary: { 0: makeEntry(1) } })), { code: 'invalidFile', field: 'diary' });
    expectProblem(parseText(rawFile([], { diary: 'entries' })), { code: 'invalidFile', field: 'diary' });
  });

  it('refuses an invalid exportedAt', () => {
    expectProblem(parseText(rawFile([], { exportedAt: 'today' })), { code: 'invalidFile', field: 'exportedAt' });
    expectProblem(parseText(rawFile([], { exportedAt: undefined })), { code: 'invalidFile', field: 'exportedAt' });
  });

  it('accepts a file without app or settings', () => {
    const backup = expectBackup(parseText(rawFile([makeEntry(1)], { app: undefined, settings: undefined })));
    expect(backup.settings).toStrictEqual({});
  });
});

describe('parseBackup refuses oversized files without reading them entry by entry', () => {
  it(`refuses more than ${MAX_BACKUP_ENTRIES} entries before checking any of them`, () => {
    // Every entry is invalid: if they were checked first the problem would be invalidEntry.
    const text = rawFile(Array.from({ length: 100_000 }, () => 0));
    const started = performance.now();
    const result = parseText(text);
    const elapsed = performance.now() - started;
    expectProblem(result, { code: 'tooManyEntries', limit: MAX_BACKUP_ENTRIES });
    expect(elapsed).toBeLessThan(1000);
  });

  it('accepts exactly the maximum number of entries count-wise (then checks them)', () => {
    const text = rawFile(Array.from({ length: MAX_BACKUP_ENTRIES }, () => 0));
    expectProblem(parseText(text), { code: 'invalidEntry', entry: 1 });
  });

  it('refuses a 50 MB file without parsing it', () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const started = performance.now();
    const result = parseBackup(huge, huge.length);
    const elapsed = performance.now() - started;
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.problem).toStrictEqual({ code: 'tooLarge', limit: MAX_BACKUP_BYTES });
    expect(elapsed).toBeLessThan(50);
    // The size reported by the browser alone is enough, whatever the text.
    expectProblem(parseBackup('{}', 50 * 1024 * 1024), { code: 'tooLarge', limit: MAX_BACKUP_BYTES });
    expectProblem(parseBackup('{}', MAX_BACKUP_BYTES + 1), { code: 'tooLarge', limit: MAX_BACKUP_BYTES });
    // And a text longer than the limit is refused even if the reported size is wrong.
    expect(parseBackup(huge, 10).ok).toBe(false);
  });
});

describe('parseBackup refuses duplicate ids', () => {
  it('names both positions', () => {
    const text = rawFile([makeEntry(1), makeEntry(2), makeEntry(3, { id: 'entry-1' })]);
    expectProblem(parseText(text), { code: 'duplicateId', entry: 3, otherEntry: 1 });
  });
});

describe('parseBackup blocks prototype pollution', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  const pollutingEntry = (n: number) =>
    JSON.stringify(makeEntry(n)).replace(/^\{/, '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},');

  it('ignores __proto__ and constructor keys in an entry', () => {
    const text = rawFile([]).replace('"diary":[]', `"diary":[${pollutingEntry(1)}]`);
    expect(text).toContain('"__proto__"');
    const entry = expectBackup(parseText(text)).records.diary[0]!;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
    expect(Object.hasOwn(entry, '__proto__')).toBe(false);
    expect(Object.hasOwn(entry, 'constructor')).toBe(false);
    expect((entry as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(entry).toStrictEqual(makeEntry(1));
  });

  it('ignores __proto__ and constructor keys at the top level and in settings', () => {
    const text = rawFile([makeEntry(1)])
      .replace(/^\{/, '{"__proto__":{"polluted":"yes","format":"x"},"constructor":{"prototype":{"polluted":"yes"}},')
      .replace('"settings":{}', '"settings":{"__proto__":{"locale":"en","polluted":"yes"}}');
    const backup = expectBackup(parseText(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(backup, '__proto__')).toBe(false);
    expect(Object.hasOwn(backup, 'constructor')).toBe(false);
    expect(backup.settings).toStrictEqual({});
    expect(Object.keys(backup).sort()).toEqual(['exportedAt', 'records', 'settings', 'version']);
  });

  it('does not take format or version from a polluted prototype', () => {
    (Object.prototype as Record<string, unknown>).polluted = 'yes';
    expectProblem(parseText('{"__proto__":{"format":"kier-backup","version":1,"diary":[]}}'), { code: 'notKier' });
  });
});

describe('parseBackup copies only what it knows and keeps text as text', () => {
  it('strips unknown fields from entries, the file and settings', () => {
    const text = rawFile([{ ...makeEntry(1), html: '<b>x</b>', extra: { deep: true } }], {
      plansFromTheFuture: [1, 2],
      settings: { locale: 'en', theme: 'dark' },
    });
    const backup = expectBackup(parseText(text));
    expect(backup.records.diary[0]).toStrictEqual(makeEntry(1));
    expect(Object.keys(backup.records)).toEqual(['diary']);
    expect(backup.settings).toStrictEqual({ locale: 'en' });
  });

  it('keeps HTML and script in text byte for byte', () => {
    const markup = '<script>alert("hi")</script><img src=x onerror="alert(1)"> &amp; &lt;b&gt; \u2028 \0 ‮reversed';
    const backup = expectBackup(parseText(textOf([makeEntry(1, { text: markup, tags: ['<b>tag</b>'] })])));
    expect(backup.records.diary[0]!.text).toBe(markup);
    expect(backup.records.diary[0]!.tags).toEqual(['<b>tag</b>']);
  });

  it('keeps text exactly, including surrounding spaces, but trims tags', () => {
    const text = rawFile([makeEntry(1, { text: '  indented\n', tags: ['  school ', 'eten'] })]);
    const entry = expectBackup(parseText(text)).records.diary[0]!;
    expect(entry.text).toBe('  indented\n');
    expect(entry.tags).toEqual(['school', 'eten']);
  });

  it('drops invalid settings values and still accepts the file', () => {
    const text = rawFile([makeEntry(1)], {
      settings: { locale: 'fr', country: 'BE', quickExitUrl: 'javascript:alert(1)', textSize: 'huge' },
    });
    expect(expectBackup(parseText(text)).settings).toStrictEqual({ country: 'BE' });
    for (const settings of [null, 'nl', 42, ['nl']]) {
      expect(expectBackup(parseText(rawFile([makeEntry(1)], { settings }))).settings).toStrictEqual({});
    }
  });
});
