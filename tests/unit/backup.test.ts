import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/features/backup/backup-format';
import { backupSpan } from '../../src/features/backup/backup-span';
import { backupFileName, buildBackup, serializeBackup } from '../../src/features/backup/build-backup';
import { parseBackup } from '../../src/features/backup/parse-backup';
import { UPGRADES, upgradeToCurrent, type RawBackupFile } from '../../src/features/backup/upgrade-backup';
import { ENTRY_KINDS, type DiaryEntry } from '../../src/storage/diary/diary-entry';
import type { Plan } from '../../src/storage/plans/plan';
import { DECISIONS, SITUATION_GROUPS } from '../../src/storage/plans/plan';
import type { Preferences } from '../../src/storage/preferences';
import { CONTACT_IDEAS, ESCALATION_IDEAS, SITUATIONS } from '../../src/features/plan/catalogue';
import { addOwnItem, answerViolence, confirmAccept, decide, newPlan, removeItem, toggleIdea, toggleSituation, toggleStart, updateChange, withoutAcceptedSafety } from '../../src/features/plan/plan-edits';
import { V2_PLANS } from './fixtures/db-v2';
import { byteLengthOf, expectBackup, EXPORTED_AT, makeEntry, makePlan, parseText, rawFile, rawFileV1, textOf, AFTER_EVERY_FIXTURE } from './backup-fixtures';

describe('buildBackup', () => {
  it('writes the header, sorts entries oldest first then by id, and keeps settings', () => {
    const late = makeEntry(5);
    const early = makeEntry(1);
    const tieB = makeEntry(3, { id: 'b' });
    const tieA = makeEntry(3, { id: 'a' });
    const file = buildBackup({ diary: [late, tieB, early, tieA], plans: [] }, { locale: 'en', country: 'BE' }, EXPORTED_AT);
    expect(file.format).toBe(BACKUP_FORMAT);
    expect(file.version).toBe(BACKUP_VERSION);
    expect(file.exportedAt).toBe('2026-11-22T20:15:00.000Z');
    expect(file.app).toEqual({ name: 'Kier' });
    expect(file.diary.map((entry) => entry.id)).toEqual(['entry-1', 'a', 'b', 'entry-5']);
    expect(file.settings).toStrictEqual({ locale: 'en', country: 'BE' });
    expect(file.plans).toEqual([]);
  });

  it('copies only known fields, leaves no undefined keys and does not touch its input', () => {
    const entry = { ...makeEntry(1), tension: undefined, planItemId: undefined, secret: 'x' } as DiaryEntry;
    const input = [entry];
    const file = buildBackup({ diary: input, plans: [] }, { locale: undefined, textSize: 'large' }, EXPORTED_AT);
    const copy = file.diary[0]!;
    expect(Object.keys(copy).sort()).toEqual(['createdAt', 'id', 'kind', 'occurredAt', 'tags', 'text', 'updatedAt']);
    expect(copy).not.toBe(entry);
    expect(copy.tags).not.toBe(entry.tags);
    expect(Object.keys(file.settings)).toEqual(['textSize']);
    expect(input[0]).toBe(entry);
  });

  it('names the file after the local date', () => {
    expect(backupFileName(new Date(2026, 0, 5, 23, 59))).toBe('kier-backup-2026-01-05.json');
    expect(backupFileName(new Date(2026, 10, 22, 0, 1))).toBe('kier-backup-2026-11-22.json');
  });
});

describe('serializeBackup', () => {
  it('is valid JSON with one line per entry and ends with a newline', () => {
    const text = textOf([makeEntry(1), makeEntry(2, { text: 'two\nlines "quoted"' })]);
    expect(() => JSON.parse(text)).not.toThrow();
    expect(text.endsWith('}\n')).toBe(true);
    const entryLines = text.split('\n').filter((line) => line.startsWith('    {'));
    expect(entryLines).toHaveLength(2);
  });

  it('writes an empty diary and no plans as valid JSON', () => {
    const text = textOf([]);
    expect(JSON.parse(text).diary).toEqual([]);
    expect(JSON.parse(text).plans).toEqual([]);
    expect(expectBackup(parseText(text)).records).toStrictEqual({ diary: [], plans: [] });
  });

  it('writes and reads back the answers about violence on own items', () => {
    const plan = makePlan(1, {
      items: [
        { id: 'a', text: 'Hij schopte tegen de deur', group: 'safety', aboutViolence: true, decision: 'stop' },
        { id: 'b', text: 'Ik was om middernacht nog af', aboutViolence: false, acceptConfirmed: true, decision: 'accept' },
      ],
      startItemIds: ['a'],
      changes: [],
    });
    expect(expectBackup(parseText(textOf([], [plan]))).records.plans).toStrictEqual([plan]);
  });

  it('writes one line per plan, before the diary', () => {
    const text = textOf([makeEntry(1)], [makePlan(2), makePlan(1)]);
    const lines = text.split('\n');
    const plansAt = lines.indexOf('  "plans": [');
    const diaryAt = lines.indexOf('  "diary": [');
    expect(plansAt).toBeGreaterThan(0);
    expect(diaryAt).toBeGreaterThan(plansAt);
    expect(lines.slice(plansAt + 1, plansAt + 3).map((line) => JSON.parse(line.trim().replace(/,$/, '')).id)).toEqual(['plan-1', 'plan-2']);
    expect(lines[plansAt + 3]).toBe('  ],');
    expect(JSON.parse(text).plans).toHaveLength(2);
  });
});

describe('backup round trip', () => {
  it('gives back the same records and settings', () => {
    const entries = [
      makeEntry(2, { kind: 'feelings', tags: [], tension: undefined, planItemId: 'plan-item_7' }),
      makeEntry(1, { text: 'Hij at mee aan tafel 🙂 <b>echt</b>', tags: ['eten', 'avond'] }),
    ];
    delete entries[0]!.tension;
    const settings: Preferences = { locale: 'nl', country: 'NL', quickExitUrl: 'https://www.buienradar.nl/', textSize: 'larger' };
    const file = buildBackup({ diary: entries, plans: [] }, settings, EXPORTED_AT);
    const backup = expectBackup(parseText(serializeBackup(file)));
    expect(backup.version).toBe(BACKUP_VERSION);
    expect(backup.exportedAt).toBe(file.exportedAt);
    expect(backup.records).toStrictEqual({ diary: file.diary, plans: [] });
    expect(backup.settings).toStrictEqual(settings);
  });

  it('holds for arbitrary entries (unicode, emoji, markup, lone surrogates)', () => {
    const timestamp = fc
      .date({ min: new Date('1900-01-01T00:00:00.000Z'), max: new Date('2200-12-31T23:59:59.999Z'), noInvalidDate: true })
      .map((date) => date.toISOString());
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{"format":"kier-backup"}', '\u2028\u2029\0', '👨‍👩‍👧 ❤️'),
    );
    const tag = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .map((value) => value.trim())
      .filter((value) => value.length > 0 && value.length <= 40);
    const entry = fc.record(
      {
        id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
        occurredAt: timestamp,
        createdAt: timestamp,
        updatedAt: timestamp,
        kind: fc.constantFrom(...ENTRY_KINDS),
        text,
        tension: fc.integer({ min: 0, max: 10 }),
        tags: fc.array(tag, { maxLength: 20 }),
        planItemId: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
      },
      { requiredKeys: ['id', 'occurredAt', 'createdAt', 'updatedAt', 'kind', 'text', 'tags'], noNullPrototype: true },
    );
    const settings = fc.record(
      {
        locale: fc.constantFrom('nl' as const, 'en' as const),
        country: fc.constantFrom('NL' as const, 'BE' as const),
        quickExitUrl: fc.constantFrom('https://www.buienradar.nl/', 'https://nos.nl/'),
        textSize: fc.constantFrom('normal' as const, 'large' as const, 'larger' as const),
      },
      { requiredKeys: [], noNullPrototype: true },
    );
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (item) => item.id, maxLength: 15 }), settings, (entries, prefs) => {
        const file = buildBackup({ diary: entries, plans: [] }, prefs, EXPORTED_AT);
        const backup = expectBackup(parseText(serializeBackup(file)));
        expect(backup.records.diary).toStrictEqual(file.diary);
        expect(backup.settings).toStrictEqual(prefs);
        expect(new Set(backup.records.diary.map((item) => item.id))).toEqual(new Set(entries.map((item) => item.id)));
      }),
      { numRuns: 200 },
    );
  });

  it('rewrites valid short timestamps in the canonical form the diary sorts by', () => {
    const text = textOf([makeEntry(1)]).replace('"occurredAt":"2026-03-01T01:00:00.000Z"', '"occurredAt":"2026-03-01T01:00Z"');
    expect(text).toContain('"2026-03-01T01:00Z"');
    expect(expectBackup(parseText(text)).records.diary[0]!.occurredAt).toBe('2026-03-01T01:00:00.000Z');
  });

  it('parses and checks 10,000 entries quickly', () => {
    const words = 'Vandaag kwam hij even naar beneden om te eten en we praatten kort over school. ';
    const entries = Array.from({ length: 10_000 }, (_, n) =>
      makeEntry(n, { text: words.repeat(1 + (n % 6)), tags: ['school', 'eten', 'avond'].slice(0, n % 4), kind: ENTRY_KINDS[n % 5]! }),
    );
    const text = textOf(entries);
    const started = performance.now();
    const result = parseBackup(text, byteLengthOf(text), { now: AFTER_EVERY_FIXTURE });
    const elapsed = performance.now() - started;
    console.log(`parseBackup: 10,000 entries (${(text.length / 1024 / 1024).toFixed(1)} MB) in ${elapsed.toFixed(0)} ms`);
    expect(expectBackup(result).records.diary).toHaveLength(10_000);
    expect(elapsed).toBeLessThan(3000);
  });
});

describe('docs/backup-format.md', () => {
  it('shows an example file that Kier accepts', () => {
    const doc = readFileSync(resolve(process.cwd(), 'docs/backup-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const backup = expectBackup(parseText(example!));
    expect(backup.version).toBe(BACKUP_VERSION);
    expect(backup.records.diary).toHaveLength(2);
    expect(backup.records.plans).toHaveLength(1);
    expect(backup.settings).toStrictEqual({ locale: 'nl', country: 'NL', textSize: 'large' });
  });

  it('lists every catalogue id a plan may use', () => {
    const doc = readFileSync(resolve(process.cwd(), 'docs/backup-format.md'), 'utf8');
    const ids = [...SITUATIONS.map((item) => item.id), ...CONTACT_IDEAS, ...ESCALATION_IDEAS, ...SITUATION_GROUPS, ...DECISIONS];
    expect(ids.filter((id) => !doc.includes(`\`${id}\``))).toEqual([]);
  });
});

describe('upgradeToCurrent', () => {
  const v1: RawBackupFile = { format: 'kier-backup', version: 1, diary: [] };

  it('has a step for every version before the current one', () => {
    for (let version = 1; version < BACKUP_VERSION; version += 1) expect(typeof UPGRADES[version]).toBe('function');
    const current = { ...v1, version: BACKUP_VERSION, plans: [] };
    expect(upgradeToCurrent(current)).toBe(current);
  });

  it('gives a version 1 file an empty list of plans, whatever it held under that name', () => {
    expect(upgradeToCurrent(v1)).toEqual({ format: 'kier-backup', version: 2, diary: [], plans: [] });
    expect(upgradeToCurrent({ ...v1, plans: [{ id: 'from-elsewhere' }] })).toEqual({ format: 'kier-backup', version: 2, diary: [], plans: [] });
    expect(v1).toEqual({ format: 'kier-backup', version: 1, diary: [] });
  });

  it('applies the steps in order and sets the version after each', () => {
    const seen: number[] = [];
    const upgrades = {
      1: (file: RawBackupFile) => (seen.push(file.version), { ...file, plans: [] }),
      2: (file: RawBackupFile) => (seen.push(file.version), { ...file, plans: 'v3' }),
    };
    const upgraded = upgradeToCurrent(v1, upgrades, 3);
    expect(seen).toEqual([1, 2]);
    expect(upgraded).toEqual({ format: 'kier-backup', version: 3, diary: [], plans: 'v3' });
    expect(v1).toEqual({ format: 'kier-backup', version: 1, diary: [] });
    expect(upgradeToCurrent({ ...v1, version: 2 }, upgrades, 3)).toEqual({ format: 'kier-backup', version: 3, diary: [], plans: 'v3' });
  });

  it('returns null when a step is missing', () => {
    expect(upgradeToCurrent(v1, { 2: (file) => file }, 3)).toBeNull();
  });
});

describe('backupSpan', () => {
  it('counts entries and finds the earliest and latest, in any order', () => {
    const entries = [makeEntry(5), makeEntry(1), makeEntry(9), makeEntry(3)];
    expect(backupSpan(entries)).toEqual({ count: 4, first: makeEntry(1).occurredAt, last: makeEntry(9).occurredAt });
  });

  it('has no period without entries', () => {
    expect(backupSpan([])).toEqual({ count: 0, first: null, last: null });
  });
});

describe('plans in a backup', () => {
  it('sorts plans oldest first by createdAt, then by id', () => {
    const late = makePlan(5);
    const early = makePlan(1);
    const tieB = makePlan(3, { id: 'b' });
    const tieA = makePlan(3, { id: 'a' });
    const file = buildBackup({ diary: [], plans: [late, tieB, early, tieA] }, {}, EXPORTED_AT);
    expect(file.plans.map((plan) => plan.id)).toEqual(['plan-1', 'a', 'b', 'plan-5']);
  });

  it('copies only known plan fields, leaves no undefined keys and does not touch its input', () => {
    const plan = {
      ...makePlan(1),
      completedAt: undefined,
      secret: 'x',
      items: [
        { id: 'i1', catalogueId: 'meals-to-room', decision: 'stop', text: undefined, group: undefined, note: 'x' },
        { id: 'i2', text: 'eigen', group: undefined, decision: undefined },
      ],
      startItemIds: ['i1'],
      changes: [{ itemId: 'i1', action: 'a', startsOn: '', announcement: 'b', extra: 1 }],
      contact: [{ id: 'c1', catalogueId: 'sit-nearby', text: undefined, extra: 1 }],
      escalation: { responses: [{ id: 'e1', text: 'eigen', catalogueId: undefined }], whoToCall: '', extra: 1 },
      supporters: [{ id: 's1', name: 'Anna', role: 'Zus', phone: '06' }],
    } as unknown as Plan;
    const before = structuredClone(plan);
    const copy = buildBackup({ diary: [], plans: [plan] }, {}, EXPORTED_AT).plans[0]!;
    expect(copy).toStrictEqual({
      id: 'plan-1',
      createdAt: plan.createdAt,
      updatedAt: plan.updatedAt,
      step: 'review',
      items: [
        { id: 'i1', catalogueId: 'meals-to-room', decision: 'stop' },
        { id: 'i2', text: 'eigen' },
      ],
      startItemIds: ['i1'],
      changes: [{ itemId: 'i1', action: 'a', startsOn: '', announcement: 'b' }],
      contact: [{ id: 'c1', catalogueId: 'sit-nearby' }],
      escalation: { responses: [{ id: 'e1', text: 'eigen' }], whoToCall: '' },
      supporters: [{ id: 's1', name: 'Anna', role: 'Zus' }],
      reviewOn: '2026-11-01',
    });
    expect(JSON.stringify(copy)).not.toContain('undefined');
    expect(copy.items).not.toBe(plan.items);
    expect(copy.startItemIds).not.toBe(plan.startItemIds);
    expect(plan).toStrictEqual(before);
  });

  it('gives back identical plans and entries (export, then import)', () => {
    const unfinished = makePlan(2);
    delete unfinished.completedAt;
    const plans = [makePlan(1), unfinished, ...structuredClone(V2_PLANS), newPlan('fresh-plan', new Date('2026-11-20T10:00:00.000Z'))];
    const file = buildBackup({ diary: [makeEntry(1, { planItemId: 'i1' })], plans }, {}, EXPORTED_AT);
    expect(file.plans).toHaveLength(5);
    const backup = expectBackup(parseText(serializeBackup(file)));
    expect(backup.records).toStrictEqual({ diary: file.diary, plans: file.plans });
    const byId = (a: Plan, b: Plan) => (a.id < b.id ? -1 : 1);
    expect([...backup.records.plans].sort(byId)).toStrictEqual([...plans].sort(byId));
  });

  it('still imports a version 1 file, with no plans', () => {
    const backup = expectBackup(parseText(rawFileV1([makeEntry(1), makeEntry(2)])));
    expect(backup.version).toBe(1);
    expect(backup.records.diary).toStrictEqual([makeEntry(1), makeEntry(2)]);
    expect(backup.records.plans).toStrictEqual([]);
  });

  it('ignores a plans list in a version 1 file (it cannot be Kier’s)', () => {
    const backup = expectBackup(parseText(rawFileV1([makeEntry(1)], { plans: [makePlan(1), 'not a plan'] })));
    expect(backup.records.plans).toStrictEqual([]);
  });

  it('rewrites short plan timestamps in the canonical form, and trims own lines', () => {
    const plan = {
      ...makePlan(1),
      createdAt: '2026-10-02T00:00Z',
      completedAt: '2026-10-02T08:30:15.5Z',
      items: [{ id: 'i1', text: '  Hij eet alleen nog chips\n', decision: 'stop' }],
      startItemIds: ['i1'],
      changes: [{ itemId: 'i1', action: '  Ik koop ze niet meer.\n', startsOn: '', announcement: '' }],
      contact: [{ id: 'c1', text: '\tSamen koken ' }],
    };
    const parsed = expectBackup(parseText(rawFile([], { plans: [plan] }))).records.plans[0]!;
    expect(parsed.createdAt).toBe('2026-10-02T00:00:00.000Z');
    expect(parsed.completedAt).toBe('2026-10-02T08:30:15.500Z');
    expect(parsed.items).toStrictEqual([{ id: 'i1', text: 'Hij eet alleen nog chips', decision: 'stop' }]);
    expect(parsed.contact).toStrictEqual([{ id: 'c1', text: 'Samen koken' }]);
    // Long texts are the parent's words exactly as written.
    expect(parsed.changes[0]!.action).toBe('  Ik koop ze niet meer.\n');
  });

  it('never writes a plan it would refuse: stale links are dropped on export', () => {
    // The builder keeps a change when its item is removed, and an item may turn out to be a
    // safety item after it was accepted (e.g. a later Kier knows more words).
    const plan = makePlan(1, {
      items: [
        { id: 'i1', catalogueId: 'meals-to-room', decision: 'stop' },
        { id: 'i2', text: 'Hij slaat met deuren', group: 'safety', decision: 'accept' },
        { id: 'i3', text: 'Hij gamet de hele nacht', decision: 'later' },
      ],
      startItemIds: ['i1', 'i3'],
      changes: [
        { itemId: 'i1', action: 'Ik breng het eten niet meer boven.', startsOn: '', announcement: '' },
        { itemId: 'gone', action: 'Over een situatie die weg is.', startsOn: '', announcement: '' },
      ],
    });
    const text = textOf([], [plan]);
    expect(text).not.toContain('Over een situatie die weg is.');
    const parsed = expectBackup(parseText(text)).records.plans[0]!;
    expect(parsed.items[1]).toStrictEqual({ id: 'i2', text: 'Hij slaat met deuren', group: 'safety' });
    expect(parsed.startItemIds).toEqual(['i1']);
    expect(parsed.changes.map((change) => change.itemId)).toEqual(['i1']);
    // A consistent plan is written as it is.
    expect(buildBackup({ diary: [], plans: [makePlan(2)] }, {}, EXPORTED_AT).plans[0]).toStrictEqual(makePlan(2));
  });

  it('holds for any plan the builder can make', () => {
    const situation = fc.constantFrom(...SITUATIONS.map((item) => item.id));
    const ownText = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }),
      fc.constantFrom('Hij schopt tegen de deur', 'He threatens to leave', 'Ik ben kapot', '<b>markup</b>', '👨‍👩‍👧'),
    ).map((text) => text.trim()).filter((text) => text.length > 0 && text.length <= 300);
    const day = fc.oneof(fc.constant(''), fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)));
    const longText = fc.string({ unit: 'grapheme', maxLength: 400 });
    const pick = fc.nat();
    const command = fc.oneof(
      fc.record({ op: fc.constant('situation' as const), id: situation }),
      fc.record({ op: fc.constant('own' as const), text: ownText, group: fc.option(fc.constantFrom(...SITUATION_GROUPS), { nil: undefined }), aboutViolence: fc.option(fc.boolean(), { nil: undefined }) }),
      fc.record({ op: fc.constant('decide' as const), pick, decision: fc.constantFrom(...DECISIONS) }),
      fc.record({ op: fc.constant('answer' as const), pick, aboutViolence: fc.boolean() }),
      fc.record({ op: fc.constant('confirm' as const), pick }),
      fc.record({ op: fc.constant('start' as const), pick }),
      fc.record({ op: fc.constant('change' as const), pick, action: longText, startsOn: day, announcement: longText }),
      fc.record({ op: fc.constant('remove' as const), pick }),
      fc.record({ op: fc.constant('contact' as const), id: fc.constantFrom(...CONTACT_IDEAS) }),
      fc.record({ op: fc.constant('ownContact' as const), text: ownText }),
      fc.record({ op: fc.constant('escalation' as const), id: fc.constantFrom(...ESCALATION_IDEAS) }),
      fc.record({ op: fc.constant('supporter' as const), name: fc.string({ maxLength: 300 }), role: fc.string({ maxLength: 300 }) }),
      fc.record({ op: fc.constant('review' as const), day }),
    );
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        let counter = 0;
        const newId = () => `id-${(counter += 1)}`;
        let plan = newPlan('plan-a', new Date('2026-10-01T10:00:00.000Z'));
        const itemAt = (n: number) => plan.items[n % Math.max(plan.items.length, 1)]?.id ?? 'none';
        for (const c of commands) {
          if (c.op === 'situation') plan = toggleSituation(plan, c.id, newId);
          else if (c.op === 'own') plan = withoutAcceptedSafety(addOwnItem(plan, { id: newId(), text: c.text, ...(c.group ? { group: c.group } : {}), ...(c.aboutViolence !== undefined ? { aboutViolence: c.aboutViolence } : {}) }));
          else if (c.op === 'answer') plan = answerViolence(plan, itemAt(c.pick), c.aboutViolence);
          else if (c.op === 'confirm') {
            const result = confirmAccept(plan, itemAt(c.pick));
            if (result.ok) plan = result.plan;
          } else if (c.op === 'decide') {
            const result = decide(plan, itemAt(c.pick), c.decision);
            if (result.ok) plan = result.plan;
          } else if (c.op === 'start') {
            const result = toggleStart(plan, itemAt(c.pick));
            if (result.ok) plan = result.plan;
          } else if (c.op === 'change') plan = updateChange(plan, itemAt(c.pick), { action: c.action, startsOn: c.startsOn, announcement: c.announcement });
          else if (c.op === 'remove') plan = removeItem(plan, itemAt(c.pick));
          else if (c.op === 'contact') plan = { ...plan, contact: toggleIdea(plan.contact, c.id, (catalogueId) => ({ id: newId(), catalogueId })) };
          else if (c.op === 'ownContact') plan = { ...plan, contact: [...plan.contact, { id: newId(), text: c.text }] };
          else if (c.op === 'escalation')
            plan = { ...plan, escalation: { ...plan.escalation, responses: toggleIdea(plan.escalation.responses, c.id, (catalogueId) => ({ id: newId(), catalogueId })) } };
          else if (c.op === 'supporter') plan = { ...plan, supporters: [...plan.supporters, { id: newId(), name: c.name, role: c.role }] };
          else plan = { ...plan, reviewOn: c.day };
        }
        // IndexedDB keeps a structured clone.
        const stored = structuredClone(plan);
        const file = buildBackup({ diary: [], plans: [stored] }, {}, EXPORTED_AT);
        const backup = expectBackup(parseText(serializeBackup(file)));
        expect(backup.records.plans).toStrictEqual(file.plans);
      }),
      { numRuns: 300 },
    );
  });
});
