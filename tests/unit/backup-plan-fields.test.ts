import { describe, expect, it } from 'vitest';
import type { BackupProblem } from '../../src/features/backup/backup-format';
import { PLAN_LIMITS, type Plan } from '../../src/storage/plans/plan';
import { expectBackup, expectProblem, makeEntry, makePlan, parseText, rawFile } from './backup-fixtures';

/** One broken plan at a time, always the second of three, after a valid diary. */
function withPlan(broken: unknown): string {
  return rawFile([makeEntry(1)], { plans: [makePlan(1), broken, makePlan(3)] });
}

function withField(field: string, value: unknown): string {
  return withPlan({ ...makePlan(2), [field]: value });
}

function withoutField(field: string): string {
  const plan: Record<string, unknown> = { ...makePlan(2) };
  delete plan[field];
  return withPlan(plan);
}

const invalid = (field?: string): BackupProblem => (field ? { code: 'invalidPlan', plan: 2, field } : { code: 'invalidPlan', plan: 2 });

const many = <T>(count: number, make: (n: number) => T): T[] => Array.from({ length: count }, (_, n) => make(n));

/** A plan whose items are exactly these, with no start items or changes pointing at them. */
const items = (list: unknown[]) => ({ ...makePlan(2), items: list, startItemIds: [], changes: [] });
const escalation = (value: unknown) => ({ ...makePlan(2), escalation: value });

const WRONG_VALUES: [field: string, value: unknown][] = [
  ['id', ''],
  ['id', 'a'.repeat(65)],
  ['id', '../x'],
  ['id', 'with spaces'],
  ['id', 7],
  ['id', null],
  ['createdAt', 'now'],
  ['createdAt', '2026-02-30T00:00:00Z'],
  ['createdAt', '2026-11-22T20:15:00+01:00'],
  ['createdAt', 1_764_000_000_000],
  ['updatedAt', ''],
  ['updatedAt', null],
  ['step', 'done'],
  ['step', 'Now'],
  ['step', 3],
  ['step', null],
  ['items', 'meals-to-room'],
  ['items', null],
  ['items', { 0: { id: 'x', catalogueId: 'meals-to-room' } }],
  ['startItemIds', 'i1'],
  ['startItemIds', null],
  ['startItemIds', [7]],
  ['startItemIds', ['with spaces']],
  ['startItemIds', ['i1', 'i2', 'i5']],
  ['changes', null],
  ['changes', 'Ik kook niet meer'],
  ['changes', [null]],
  ['changes', [{ itemId: 'i1', action: 'x'.repeat(5_001), startsOn: '', announcement: '' }]],
  ['changes', [{ itemId: 'i1', action: '', startsOn: '', announcement: 'x'.repeat(5_001) }]],
  ['changes', [{ itemId: 'i1', action: 42, startsOn: '', announcement: '' }]],
  ['changes', [{ itemId: 'i1', action: '', startsOn: '2026-02-30', announcement: '' }]],
  ['changes', [{ itemId: 'i1', action: '', startsOn: '2026-10-5', announcement: '' }]],
  ['changes', [{ itemId: 'i1', action: '', startsOn: '05-10-2026', announcement: '' }]],
  ['changes', [{ itemId: 'i1', action: '', startsOn: '2026-10-05T00:00:00.000Z', announcement: '' }]],
  ['changes', [{ itemId: 'i1', action: '', startsOn: null, announcement: '' }]],
  ['changes', [{ itemId: 'i1', action: '', startsOn: '' }]],
  ['changes', [{ itemId: '', action: '', startsOn: '', announcement: '' }]],
  ['changes', many(PLAN_LIMITS.items + 1, () => 0)],
  ['contact', null],
  ['contact', 'knock-good-night'],
  ['contact', [{ id: 'c1' }]],
  ['contact', [{ id: 'c1', catalogueId: 'stay-calm' }]],
  ['contact', [{ id: 'c1', catalogueId: 'meals-to-room' }]],
  ['contact', [{ id: 'c1', catalogueId: 'knock-good-night', text: 'Kloppen' }]],
  ['contact', [{ id: 'c1', text: '' }]],
  ['contact', [{ id: 'c1', text: '   ' }]],
  ['contact', [{ id: 'c1', text: 'x'.repeat(301) }]],
  ['contact', [{ id: 'c1', text: 42 }]],
  ['contact', [{ text: 'Samen koken' }]],
  ['contact', [['knock-good-night']]],
  ['contact', many(PLAN_LIMITS.listItems + 1, (n) => ({ id: `c${n}`, text: 'Samen koken' }))],
  ['escalation', null],
  ['escalation', []],
  ['escalation', 'Rustig blijven'],
  ['escalation', { whoToCall: '' }],
  ['escalation', { responses: [] }],
  ['escalation', { responses: 'stay-calm', whoToCall: '' }],
  ['escalation', { responses: [{ id: 'e1', catalogueId: 'knock-good-night' }], whoToCall: '' }],
  ['escalation', { responses: [{ id: 'e1', text: ' ' }], whoToCall: '' }],
  ['escalation', { responses: [], whoToCall: 'x'.repeat(5_001) }],
  ['escalation', { responses: [], whoToCall: null }],
  ['escalation', { responses: many(PLAN_LIMITS.listItems + 1, (n) => ({ id: `e${n}`, catalogueId: 'delay' })), whoToCall: '' }],
  ['supporters', null],
  ['supporters', 'Anna'],
  ['supporters', [{ id: 's1', name: 'Anna' }]],
  ['supporters', [{ id: 's1', name: null, role: '' }]],
  ['supporters', [{ id: 's1', name: 'x'.repeat(301), role: '' }]],
  ['supporters', [{ id: 's1', name: '', role: 'x'.repeat(301) }]],
  ['supporters', [{ id: 's 1', name: '', role: '' }]],
  ['supporters', many(PLAN_LIMITS.supporters + 1, (n) => ({ id: `s${n}`, name: 'Anna', role: 'Zus' }))],
  ['reviewOn', 'soon'],
  ['reviewOn', '2026-13-01'],
  ['reviewOn', '2026-02-29'],
  ['reviewOn', '2026-11-1'],
  ['reviewOn', ' 2026-11-01'],
  ['reviewOn', '1899-12-31'],
  ['reviewOn', '2201-01-01'],
  ['reviewOn', '2026-11-01T00:00:00.000Z'],
  ['reviewOn', 20_261_101],
  ['reviewOn', null],
  ['completedAt', null],
  ['completedAt', ''],
  ['completedAt', 'yesterday'],
  ['completedAt', '2026-11-01'],
];

/** Items that break a rule of their own; reported as the plan's `items`. */
const WRONG_ITEMS: [name: string, item: unknown][] = [
  ['neither catalogueId nor text', { id: 'x' }],
  ['an unknown catalogue id', { id: 'x', catalogueId: 'eats-everything' }],
  ['a contact idea as a situation', { id: 'x', catalogueId: 'knock-good-night' }],
  ['a catalogue id in capitals', { id: 'x', catalogueId: 'MEALS-TO-ROOM' }],
  ['both catalogueId and text', { id: 'x', catalogueId: 'meals-to-room', text: 'Eten boven' }],
  ['a group on a catalogue item', { id: 'x', catalogueId: 'meals-to-room', group: 'food' }],
  ['an empty own text', { id: 'x', text: '' }],
  ['an own text of spaces', { id: 'x', text: ' \n\t ' }],
  ['a too long own text', { id: 'x', text: 'x'.repeat(301) }],
  ['a number as text', { id: 'x', text: 42 }],
  ['an unknown group', { id: 'x', text: 'Eten boven', group: 'weather' }],
  ['an unknown decision', { id: 'x', text: 'Eten boven', decision: 'maybe' }],
  ['a null decision', { id: 'x', text: 'Eten boven', decision: null }],
  ['an answer about violence that is not true or false', { id: 'x', text: 'Eten boven', aboutViolence: 'nee' }],
  ['a confirmation that is not true or false', { id: 'x', text: 'Eten boven', acceptConfirmed: 1 }],
  ['an answer about violence on a suggestion', { id: 'x', catalogueId: 'meals-to-room', aboutViolence: false }],
  ['a confirmation on a suggestion', { id: 'x', catalogueId: 'meals-to-room', acceptConfirmed: true }],
  ['a bad id', { id: 'bad id', text: 'Eten boven' }],
  ['no id', { text: 'Eten boven' }],
  ['null', null],
  ['a list', [{ id: 'x', text: 'Eten boven' }]],
];

/** A short label for a test title: long values would flood the terminal. */
function label(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 30)}… (${text.length} chars)` : text;
}

describe('parseBackup checks every plan field', () => {
  it.each(WRONG_VALUES.map(([field, value]) => [field, label(value), value] as const))('refuses %s = %s in plan 2', (field, _, value) => {
    expectProblem(parseText(withField(field, value)), invalid(field));
  });

  it.each(WRONG_ITEMS)('refuses an item with %s', (_, item) => {
    expectProblem(parseText(withPlan(items([{ id: 'ok', catalogueId: 'pay-games' }, item]))), invalid('items'));
  });

  it(`refuses more than ${PLAN_LIMITS.items} items`, () => {
    expectProblem(parseText(withPlan(items(many(PLAN_LIMITS.items + 1, (n) => ({ id: `i${n}`, text: 'Eten boven' }))))), invalid('items'));
  });

  it.each(['id', 'createdAt', 'updatedAt', 'step', 'items', 'startItemIds', 'changes', 'contact', 'escalation', 'supporters', 'reviewOn'])(
    'refuses a plan without %s',
    (field) => {
      expectProblem(parseText(withoutField(field)), invalid(field));
    },
  );

  it.each([null, 'plan', 42, [makePlan(2)]].map((plan) => [label(plan), plan] as const))('refuses a plan that is %s, without a field', (_, plan) => {
    expectProblem(parseText(withPlan(plan)), invalid());
  });

  it('reports the first invalid plan in the file, after the diary', () => {
    const text = rawFile([makeEntry(1), { ...makeEntry(2), kind: 'x' }], { plans: [makePlan(1), { ...makePlan(2), step: 'x' }] });
    expectProblem(parseText(text), { code: 'invalidEntry', entry: 2, field: 'kind' });
    const plans = rawFile([makeEntry(1)], { plans: [makePlan(1), { ...makePlan(2), step: 'x' }, { ...makePlan(3), reviewOn: 'x' }] });
    expectProblem(parseText(plans), { code: 'invalidPlan', plan: 2, field: 'step' });
  });

  it('accepts the edges of every limit', () => {
    const edge: Plan = {
      ...makePlan(2),
      id: 'P'.repeat(64),
      createdAt: '1900-01-01T00:00Z',
      updatedAt: '2200-12-31T23:59:59.999Z',
      step: 'now',
      items: many(PLAN_LIMITS.items, (n) => (n % 2 ? { id: `i${n}`, text: 'x'.repeat(PLAN_LIMITS.shortText), group: 'family' } : { id: `i${n}`, catalogueId: 'no-visitors', decision: 'stop' })),
      startItemIds: ['i0', 'i2'],
      changes: many(PLAN_LIMITS.items, (n) => ({ itemId: `i${n}`, action: 'x'.repeat(PLAN_LIMITS.longText), startsOn: '2028-02-29', announcement: 'x'.repeat(PLAN_LIMITS.longText) })),
      contact: many(PLAN_LIMITS.listItems, (n) => ({ id: `c${n}`, text: 'x'.repeat(PLAN_LIMITS.shortText) })),
      escalation: { responses: many(PLAN_LIMITS.listItems, (n) => ({ id: `e${n}`, catalogueId: 'reconcile-later' })), whoToCall: 'x'.repeat(PLAN_LIMITS.longText) },
      supporters: many(PLAN_LIMITS.supporters, (n) => ({ id: `s${n}`, name: 'x'.repeat(PLAN_LIMITS.shortText), role: 'x'.repeat(PLAN_LIMITS.shortText) })),
      reviewOn: '2200-12-31',
    };
    delete edge.completedAt;
    const plan = expectBackup(parseText(withPlan(edge))).records.plans[1]!;
    expect(plan.createdAt).toBe('1900-01-01T00:00:00.000Z');
    expect(plan).toStrictEqual({ ...edge, createdAt: '1900-01-01T00:00:00.000Z' });
    expect(expectBackup(parseText(withField('reviewOn', '1900-01-01'))).records.plans[1]!.reviewOn).toBe('1900-01-01');
    expect(expectBackup(parseText(withField('reviewOn', ''))).records.plans[1]!.reviewOn).toBe('');
  });

  it('accepts a plan just begun', () => {
    const begun: Plan = {
      id: 'new',
      createdAt: '2026-11-22T20:15:00.000Z',
      updatedAt: '2026-11-22T20:15:00.000Z',
      step: 'now',
      items: [],
      startItemIds: [],
      changes: [],
      contact: [],
      escalation: { responses: [], whoToCall: '' },
      supporters: [],
      reviewOn: '',
    };
    expect(expectBackup(parseText(withPlan(begun))).records.plans[1]).toStrictEqual(begun);
  });
});

describe('parseBackup checks how a plan’s fields fit together', () => {
  const plan = (patch: Partial<Plan>) => ({ ...makePlan(2), ...patch });

  it('refuses a start item that is not decided "stop"', () => {
    expectProblem(parseText(withPlan(plan({ startItemIds: ['i1', 'i4'] }))), invalid('startItemIds'));
    expectProblem(parseText(withPlan(plan({ startItemIds: ['i3'] }))), invalid('startItemIds'));
    // i5 has no decision yet.
    expectProblem(parseText(withPlan(plan({ startItemIds: ['i5'] }))), invalid('startItemIds'));
  });

  it('refuses a start item that is not an item of this plan', () => {
    expectProblem(parseText(withPlan(plan({ startItemIds: ['i1', 'elsewhere'] }))), invalid('startItemIds'));
  });

  it('refuses the same start item twice', () => {
    expectProblem(parseText(withPlan(plan({ startItemIds: ['i1', 'i1'] }))), invalid('startItemIds'));
  });

  it('refuses three start items, even when all three are "stop"', () => {
    const three = plan({
      items: [
        { id: 'a', catalogueId: 'meals-to-room', decision: 'stop' },
        { id: 'b', catalogueId: 'pay-games', decision: 'stop' },
        { id: 'c', catalogueId: 'no-outings', decision: 'stop' },
      ],
      startItemIds: ['a', 'b', 'c'],
      changes: [],
    });
    expectProblem(parseText(withPlan(three)), invalid('startItemIds'));
    expect(expectBackup(parseText(withPlan({ ...three, startItemIds: ['a', 'c'] }))).records.plans[1]!.startItemIds).toEqual(['a', 'c']);
  });

  it('refuses a change about an item that is not in the plan', () => {
    const dangling = { itemId: 'gone', action: 'Ik doe iets anders.', startsOn: '', announcement: '' };
    expectProblem(parseText(withPlan(plan({ changes: [...makePlan(2).changes, dangling] }))), invalid('changes'));
  });

  it('refuses two changes about the same item', () => {
    const twice = { itemId: 'i1', action: 'Nog eens.', startsOn: '', announcement: '' };
    expectProblem(parseText(withPlan(plan({ changes: [...makePlan(2).changes, twice] }))), invalid('changes'));
  });

  it('accepts a change about an item that is no longer a start item', () => {
    const kept = expectBackup(parseText(withPlan(plan({ startItemIds: [] })))).records.plans[1]!;
    expect(kept.changes).toHaveLength(2);
  });

  it('refuses two items with the same id', () => {
    expectProblem(
      parseText(withPlan(items([{ id: 'a', catalogueId: 'meals-to-room' }, { id: 'a', text: 'Eten boven' }]))),
      invalid('items'),
    );
  });

  it.each<[string, Partial<Plan>]>([
    ['contact', { contact: [{ id: 'c1', catalogueId: 'sit-nearby' }, { id: 'c1', text: 'Samen koken' }] }],
    ['escalation', { escalation: { responses: [{ id: 'e1', catalogueId: 'delay' }, { id: 'e1', catalogueId: 'stay-calm' }], whoToCall: '' } }],
    ['supporters', { supporters: [{ id: 's1', name: 'Anna', role: '' }, { id: 's1', name: 'Piet', role: '' }] }],
  ])('refuses two lines with the same id in %s', (field, patch) => {
    expectProblem(parseText(withPlan(plan(patch))), invalid(field));
  });

  it.each([
    ['a safety suggestion', { id: 'x', catalogueId: 'hitting-pushing', decision: 'accept' }],
    ['the suggestion about fear at home', { id: 'x', catalogueId: 'afraid-at-home', decision: 'accept' }],
    ['an own item in the group safety', { id: 'x', text: 'Het loopt soms uit de hand', group: 'safety', decision: 'accept' }],
  ])('imports %s under "accept" without that decision (never refused: the rest of the file counts)', (_, item) => {
    const imported = expectBackup(parseText(withPlan(items([{ id: 'ok', catalogueId: 'pay-games', decision: 'accept' }, item])))).records.plans[1]!;
    expect(imported.items[0]).toMatchObject({ id: 'ok', decision: 'accept' });
    expect(imported.items[1]!.decision).toBeUndefined();
    expect(imported.items[1]!.id).toBe('x');
  });

  it('keeps the answers about violence on own items, and loads items from before those answers', () => {
    const list = [
      { id: 'a', text: 'Hij schopte tegen de deur', aboutViolence: true, group: 'safety', decision: 'stop' },
      { id: 'b', text: 'Ik was om middernacht nog af', aboutViolence: false, acceptConfirmed: true, decision: 'accept' },
      { id: 'c', text: 'Hij eet alleen nog chips', decision: 'later' },
    ];
    const imported = expectBackup(parseText(withPlan(items(list)))).records.plans[1]!;
    expect(imported.items).toStrictEqual(list);
  });

  it('imports an own item answered "about violence" under "accept" without that decision', () => {
    const imported = expectBackup(parseText(withPlan(items([{ id: 'x', text: 'Het loopt soms uit de hand', aboutViolence: true, decision: 'accept' }])))).records.plans[1]!;
    expect(imported.items[0]).toStrictEqual({ id: 'x', text: 'Het loopt soms uit de hand', aboutViolence: true });
  });

  it('keeps "accept" on an own item whose words only sound like violence: the parent decides what is a safety item', () => {
    const imported = expectBackup(parseText(withPlan(items([{ id: 'x', text: 'Hij slaat tegen de muur', decision: 'accept' }])))).records.plans[1]!;
    expect(imported.items[0]).toMatchObject({ id: 'x', decision: 'accept' });
  });

  it('accepts safety items sorted otherwise, and ordinary words under "accept"', () => {
    const fine = items([
      { id: 'a', catalogueId: 'hitting-pushing', decision: 'stop' },
      { id: 'b', catalogueId: 'breaking-things', decision: 'later' },
      { id: 'c', text: 'Hij slaat het ontbijt over', group: 'safety' },
      { id: 'd', text: 'Ik ben kapot van het wachten', decision: 'accept' },
      { id: 'e', text: 'Ik ben bang dat hij niet eet', group: 'food', decision: 'accept' },
    ]);
    const plan = expectBackup(parseText(withPlan(fine))).records.plans[1]!;
    expect(plan.items).toHaveLength(5);
  });

  it('reports the first plan that breaks a rule, before duplicate plan ids', () => {
    const text = rawFile([], {
      plans: [makePlan(1), makePlan(1), { ...makePlan(3), startItemIds: ['i4'] }],
    });
    expectProblem(parseText(text), { code: 'invalidPlan', plan: 3, field: 'startItemIds' });
  });
});

describe('a plan problem never repeats what the file says', () => {
  const MARKER = 'PRIVATE-MARKER-9c2e';

  /** A plan full of the marker: in own items, changes, lines, names and who to call. */
  const marked = (patch: Partial<Record<keyof Plan, unknown>>) => ({
    ...makePlan(2),
    items: [
      { id: 'i1', text: `${MARKER} eten`, decision: 'stop' },
      { id: 'i2', text: `${MARKER} geld`, decision: 'later' },
    ],
    startItemIds: ['i1'],
    changes: [{ itemId: 'i1', action: MARKER, startsOn: '', announcement: MARKER }],
    contact: [{ id: 'c1', text: MARKER }],
    escalation: { responses: [{ id: 'e1', text: MARKER }], whoToCall: MARKER },
    supporters: [{ id: 's1', name: MARKER, role: MARKER }],
    ...patch,
  });

  it.each<[string, unknown, BackupProblem]>([
    ['a too long own item', marked({ items: [{ id: 'i1', text: MARKER.repeat(40), decision: 'stop' }] }), invalid('items')],
    ['an unknown catalogue id', marked({ items: [{ id: 'i1', catalogueId: MARKER, decision: 'stop' }] }), invalid('items')],
    ['a bad start item', marked({ startItemIds: ['i2'] }), invalid('startItemIds')],
    ['a dangling change', marked({ changes: [{ itemId: 'MARKER9c2e', action: MARKER, startsOn: '', announcement: MARKER }] }), invalid('changes')],
    ['a bad day', marked({ reviewOn: MARKER }), invalid('reviewOn')],
    ['a bad step', marked({ step: MARKER }), invalid('step')],
    ['a too long name', marked({ supporters: [{ id: 's1', name: MARKER.repeat(40), role: MARKER }] }), invalid('supporters')],
    ['a bad id', marked({ id: `${MARKER} id` }), invalid('id')],
    ['an unknown field', { ...marked({ reviewOn: 'x' }), [MARKER]: MARKER }, invalid('reviewOn')],
  ])('for %s', (_, plan, problem) => {
    const text = withPlan(plan);
    expect(text).toContain(MARKER);
    const result = parseText(text);
    expectProblem(result, problem);
    expect(JSON.stringify(result)).not.toContain(MARKER);
    expect(JSON.stringify(result)).not.toContain('9c2e');
  });

  it('for duplicate plan ids', () => {
    const result = parseText(rawFile([], { plans: [marked({ id: 'MARKER9c2e' }), marked({ id: 'MARKER9c2e' })] }));
    expectProblem(result, { code: 'duplicatePlanId', plan: 2, otherPlan: 1 });
    expect(JSON.stringify(result)).not.toContain('9c2e');
  });
});
