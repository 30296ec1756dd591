import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES, MAX_BACKUP_ENTRIES, MAX_BACKUP_PLANS } from '../../src/features/backup/backup-format';
import { parseBackup } from '../../src/features/backup/parse-backup';
import { byteLengthOf, expectBackup, expectProblem, makeEntry, makePlan, parseText, rawFile, rawFileV1, textOf } from './backup-fixtures';

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

  it.each([3, 99, 1e21])('refuses version %s as newer, naming it', (version) => {
    expectProblem(parseText(rawFile([], { version })), { code: 'newerVersion', version });
  });

  it.each([[0], [-1], [1.5], ['1'], [null], [undefined], [[1]]])('refuses version %j as unknown', (version) => {
    expectProblem(parseText(rawFile([], { version })), { code: 'unknownVersion' });
  });

  it('refuses a version that overflows to Infinity as unknown', () => {
    const text = rawFile([]).replace('"version":2', '"version":1e400');
    expect(text).toContain('1e400');
    expectProblem(parseText(text), { code: 'unknownVersion' });
  });

  it('refuses a missing diary or one that is not a list', () => {
    expectProblem(parseText(rawFile([], { diary: undefined })), { code: 'invalidFile', field: 'diary' });
    expectProblem(parseText(rawFile([], { diary: { 0: makeEntry(1) } })), { code: 'invalidFile', field: 'diary' });
    expectProblem(parseText(rawFile([], { diary: 'entries' })), { code: 'invalidFile', field: 'diary' });
  });

  it('refuses a missing plans list or one that is not a list (version 2)', () => {
    expectProblem(parseText(rawFile([], { plans: undefined })), { code: 'invalidFile', field: 'plans' });
    expectProblem(parseText(rawFile([], { plans: { 0: makePlan(1) } })), { code: 'invalidFile', field: 'plans' });
    expectProblem(parseText(rawFile([], { plans: null })), { code: 'invalidFile', field: 'plans' });
  });

  it('reads a version 1 file, which has no plans list', () => {
    const backup = expectBackup(parseText(rawFileV1([makeEntry(1)])));
    expect(backup.records).toStrictEqual({ diary: [makeEntry(1)], plans: [] });
    // A version 1 file is checked by the same entry rules.
    expectProblem(parseText(rawFileV1([makeEntry(1), { ...makeEntry(2), tension: 11 }])), { code: 'invalidEntry', entry: 2, field: 'tension' });
    expectProblem(parseText(rawFileV1([], { diary: 'entries' })), { code: 'invalidFile', field: 'diary' });
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

  it(`refuses more than ${MAX_BACKUP_PLANS} plans before checking any of them`, () => {
    const text = rawFile([], { plans: Array.from({ length: 100_000 }, () => 0) });
    const started = performance.now();
    const result = parseText(text);
    const elapsed = performance.now() - started;
    expectProblem(result, { code: 'tooManyPlans', limit: MAX_BACKUP_PLANS });
    expect(elapsed).toBeLessThan(1000);
    expectProblem(parseText(rawFile([], { plans: Array.from({ length: MAX_BACKUP_PLANS + 1 }, (_, n) => makePlan(n)) })), { code: 'tooManyPlans', limit: MAX_BACKUP_PLANS });
  });

  it('counts the plans before checking any entry', () => {
    const text = rawFile([0], { plans: Array.from({ length: MAX_BACKUP_PLANS + 1 }, () => 0) });
    expectProblem(parseText(text), { code: 'tooManyPlans', limit: MAX_BACKUP_PLANS });
  });

  it('accepts exactly the maximum number of plans count-wise (then checks them)', () => {
    expectProblem(parseText(rawFile([], { plans: Array.from({ length: MAX_BACKUP_PLANS }, () => 0) })), { code: 'invalidPlan', plan: 1 });
    const plans = Array.from({ length: MAX_BACKUP_PLANS }, (_, n) => makePlan(n));
    expect(expectBackup(parseText(rawFile([], { plans }))).records.plans).toHaveLength(MAX_BACKUP_PLANS);
  });

  it('refuses a huge list inside a plan without walking it', () => {
    const huge = Array.from({ length: 100_000 }, () => 0);
    for (const [field, value] of [
      ['items', huge],
      ['contact', huge],
      ['supporters', huge],
      ['changes', huge],
      ['startItemIds', huge],
      ['escalation', { responses: huge, whoToCall: '' }],
    ] as const) {
      const started = performance.now();
      expectProblem(parseText(rawFile([], { plans: [makePlan(1, { [field]: value })] })), { code: 'invalidPlan', plan: 1, field });
      expect(performance.now() - started).toBeLessThan(500);
    }
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

  it('names both positions of two plans with the same id', () => {
    const text = rawFile([], { plans: [makePlan(1), makePlan(2), makePlan(3, { id: 'plan-1' })] });
    expectProblem(parseText(text), { code: 'duplicatePlanId', plan: 3, otherPlan: 1 });
  });

  it('allows a plan and an entry, or two plans, to use the same item ids', () => {
    // Item ids are unique within a plan; a copied plan gets new ones, but nothing depends on that.
    const backup = expectBackup(parseText(rawFile([makeEntry(1, { id: 'plan-1' })], { plans: [makePlan(1), makePlan(2)] })));
    expect(backup.records.plans[1]!.items.map((item) => item.id)).toEqual(backup.records.plans[0]!.items.map((item) => item.id));
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

  it('ignores __proto__ and constructor keys in a plan and everywhere inside it', () => {
    const polluting = '"__proto__":{"polluted":"yes","step":"now"},"constructor":{"prototype":{"polluted":"yes"}},';
    const plan = JSON.stringify(makePlan(1))
      .replace(/^\{/, `{${polluting}`)
      .replace('{"id":"i1",', `{${polluting}"id":"i1",`)
      .replace('{"itemId":"i1",', `{${polluting}"itemId":"i1",`)
      .replace('{"id":"c1",', `{${polluting}"id":"c1",`)
      .replace('"escalation":{', `"escalation":{${polluting}`)
      .replace('{"id":"s1",', `{${polluting}"id":"s1",`);
    expect(plan.split('__proto__')).toHaveLength(7);
    const text = rawFile([]).replace('"plans":[]', `"plans":[${plan}]`);
    const parsed = expectBackup(parseText(text)).records.plans[0]!;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parsed).toStrictEqual(makePlan(1));
    for (const object of [parsed, parsed.items[0]!, parsed.changes[0]!, parsed.contact[0]!, parsed.escalation, parsed.supporters[0]!]) {
      expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
      expect(Object.hasOwn(object, '__proto__')).toBe(false);
      expect(Object.hasOwn(object, 'constructor')).toBe(false);
      expect((object as unknown as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('does not take a catalogue id from the prototype', () => {
    for (const catalogueId of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const plan = makePlan(1, { items: [{ id: 'x', catalogueId }], startItemIds: [], changes: [] });
      expectProblem(parseText(rawFile([], { plans: [plan] })), { code: 'invalidPlan', plan: 1, field: 'items' });
    }
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
    expect(Object.keys(backup.records)).toEqual(['diary', 'plans']);
    expect(backup.settings).toStrictEqual({ locale: 'en' });
  });

  it('strips unknown fields from plans and everything inside them', () => {
    const plan = {
      ...makePlan(1),
      html: '<b>x</b>',
      items: makePlan(1).items.map((item) => ({ ...item, label: 'x' })),
      changes: makePlan(1).changes.map((change) => ({ ...change, done: true })),
      contact: makePlan(1).contact.map((line) => ({ ...line, label: 'x' })),
      escalation: { ...makePlan(1).escalation, phone: '112' },
      supporters: makePlan(1).supporters.map((person) => ({ ...person, phone: '06' })),
    };
    expect(expectBackup(parseText(rawFile([], { plans: [plan] }))).records.plans[0]).toStrictEqual(makePlan(1));
  });

  it('keeps markup in plan text as text', () => {
    const markup = '<script>alert("hi")</script><img src=x onerror="alert(1)">';
    const plan = makePlan(1, {
      items: [{ id: 'i1', text: markup, decision: 'stop' }],
      startItemIds: ['i1'],
      changes: [{ itemId: 'i1', action: markup, startsOn: '', announcement: markup }],
      contact: [{ id: 'c1', text: markup }],
      escalation: { responses: [{ id: 'e1', text: markup }], whoToCall: markup },
      supporters: [{ id: 's1', name: markup, role: markup }],
    });
    expect(expectBackup(parseText(textOf([], [plan]))).records.plans[0]).toStrictEqual(plan);
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

describe('parseBackup refuses dates from the future (issue #20, point 6)', () => {
  const inAYear = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString();
  const inAnHour = new Date(Date.now() + 3600 * 1000).toISOString();

  it('refuses a plan made in 2200, which would stay the current plan for ever', () => {
    expectProblem(parseText(textOf([], [makePlan(1), makePlan(2, { createdAt: '2200-01-01T00:00:00.000Z', updatedAt: '2200-01-01T00:00:00.000Z' })]), Date.now()), { code: 'futureDate', plan: 2, field: 'createdAt' });
  });

  it('refuses an entry changed next year, which would win every merge', () => {
    expectProblem(parseText(textOf([makeEntry(1), makeEntry(2), makeEntry(3, { updatedAt: inAYear })]), Date.now()), { code: 'futureDate', entry: 3, field: 'updatedAt' });
  });

  it('refuses a plan completed, or a file exported, in the future', () => {
    expectProblem(parseText(textOf([], [makePlan(1, { completedAt: inAYear })]), Date.now()), { code: 'futureDate', plan: 1, field: 'completedAt' });
    expectProblem(parseText(rawFile([makeEntry(1)], { exportedAt: inAYear }), Date.now()), { code: 'futureDate', field: 'exportedAt' });
  });

  it('allows a clock a little ahead, and an entry about something still to come', () => {
    expectBackup(parseText(textOf([makeEntry(1, { updatedAt: inAnHour, createdAt: inAnHour }), makeEntry(2, { occurredAt: inAYear })]), Date.now()));
  });
});
