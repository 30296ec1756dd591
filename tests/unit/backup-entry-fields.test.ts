import { describe, expect, it } from 'vitest';
import type { BackupProblem } from '../../src/features/backup/backup-format';
import { expectBackup, expectProblem, makeEntry, parseText, rawFile } from './backup-fixtures';

/** One broken field at a time, always in the second of three entries. */
function withEntry(broken: unknown): string {
  return rawFile([makeEntry(1), broken, makeEntry(3)]);
}

function withField(field: string, value: unknown): string {
  return withEntry({ ...makeEntry(2), [field]: value });
}

function withoutField(field: string): string {
  const entry: Record<string, unknown> = { ...makeEntry(2) };
  delete entry[field];
  return withEntry(entry);
}

const invalid = (field?: string): BackupProblem => (field ? { code: 'invalidEntry', entry: 2, field } : { code: 'invalidEntry', entry: 2 });

const WRONG_VALUES: [field: string, value: unknown][] = [
  ['tension', 11],
  ['tension', -1],
  ['tension', 3.5],
  ['tension', '5'],
  ['tension', null],
  ['kind', 'fight'],
  ['kind', 'Event'],
  ['kind', null],
  ['occurredAt', 'yesterday'],
  ['occurredAt', '2026-13-45T00:00:00Z'],
  ['occurredAt', '2026-02-30T00:00:00Z'],
  ['occurredAt', '2026-11-22T24:00:00Z'],
  ['occurredAt', '2026-11-22T20:15:00+01:00'],
  ['occurredAt', '2026-11-22T20:15:00.000'],
  ['occurredAt', '2026-11-22 20:15:00Z'],
  ['occurredAt', '1899-12-31T23:59:59.999Z'],
  ['occurredAt', '2201-01-01T00:00:00.000Z'],
  ['occurredAt', '+020260-01-01T00:00:00.000Z'],
  ['occurredAt', 1_764_000_000_000],
  ['createdAt', 'now'],
  ['updatedAt', ''],
  ['tags', 'school, eten'],
  ['tags', null],
  ['tags', Array.from({ length: 21 }, (_, n) => `tag${n}`)],
  ['tags', ['x'.repeat(41)]],
  ['tags', [42]],
  ['tags', ['']],
  ['tags', ['   ']],
  ['tags', [['nested']]],
  ['text', 'x'.repeat(20_001)],
  ['text', 42],
  ['text', null],
  ['id', ''],
  ['id', 'a'.repeat(65)],
  ['id', '../x'],
  ['id', 'with spaces'],
  ['id', '<script>'],
  ['id', 7],
  ['planItemId', ''],
  ['planItemId', 'plan/../item'],
  ['planItemId', null],
];

/** A short label for a test title: long values would flood the terminal. */
function label(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 30 ? `${text.slice(0, 20)}… (${text.length} chars)` : text;
}

describe('parseBackup checks every entry field', () => {
  it.each(WRONG_VALUES.map(([field, value]) => [field, label(value), value] as const))('refuses %s = %s in entry 2', (field, _, value) => {
    expectProblem(parseText(withField(field, value)), invalid(field));
  });

  it.each(['id', 'occurredAt', 'createdAt', 'updatedAt', 'kind', 'text', 'tags'])('refuses an entry without %s', (field) => {
    expectProblem(parseText(withoutField(field)), invalid(field));
  });

  it.each([null, 'note', 42, [makeEntry(2)]].map((entry) => [label(entry), entry] as const))('refuses an entry that is %s, without a field', (_, entry) => {
    expectProblem(parseText(withEntry(entry)), invalid());
  });

  it('reports the first invalid entry in the file', () => {
    const text = rawFile([makeEntry(1), makeEntry(2), { ...makeEntry(3), kind: 'x' }, { ...makeEntry(4), tension: 99 }]);
    expectProblem(parseText(text), { code: 'invalidEntry', entry: 3, field: 'kind' });
  });

  it('accepts the edges of every limit', () => {
    const edge = {
      ...makeEntry(2),
      id: 'A'.repeat(64),
      occurredAt: '1900-01-01T00:00Z',
      createdAt: '2200-12-31T23:59:59.999Z',
      updatedAt: '2026-11-22T20:15:00.5Z',
      text: 'x'.repeat(20_000),
      tension: 0,
      tags: Array.from({ length: 20 }, (_, n) => `${n}`.padEnd(40, '-')),
      planItemId: 'plan_item-1',
    };
    const entry = expectBackup(parseText(withEntry(edge))).records.diary[1]!;
    expect(entry.occurredAt).toBe('1900-01-01T00:00:00.000Z');
    expect(entry.updatedAt).toBe('2026-11-22T20:15:00.500Z');
    expect(entry.text.length).toBe(20_000);
    expect(entry.tags).toHaveLength(20);
    expect(expectBackup(parseText(withField('tension', 10))).records.diary[1]!.tension).toBe(10);
  });
});

describe('a problem never repeats what the file says', () => {
  const MARKER = 'PRIVATE-MARKER-7f3a';

  it.each<[string, string, BackupProblem]>([
    ['an invalid tension', withField('tension', 11), invalid('tension')],
    ['an invalid tag', withField('tags', [`${MARKER}${'x'.repeat(40)}`]), invalid('tags')],
    ['an invalid id', withField('id', `${MARKER} with spaces`), invalid('id')],
    ['an invalid date', withField('occurredAt', MARKER), invalid('occurredAt')],
    ['an invalid kind', withField('kind', MARKER), invalid('kind')],
    ['a too long text', withField('text', MARKER.repeat(2000)), invalid('text')],
    ['an unknown field', withEntry({ ...makeEntry(2), [MARKER]: 1, tension: 11 }), invalid('tension')],
  ])('for %s', (_, text, problem) => {
    const withMarker = text.replace('"text":"Note 2"', `"text":"${MARKER}"`);
    expect(withMarker).toContain(MARKER);
    const result = parseText(withMarker);
    expectProblem(result, problem);
    expect(JSON.stringify(result)).not.toContain(MARKER);
  });

  it('for a duplicate id, a truncated file and a wrong format', () => {
    const duplicate = rawFile([makeEntry(1, { id: 'MARKER7f3a', text: MARKER }), makeEntry(2, { id: 'MARKER7f3a', text: MARKER })]);
    const truncated = rawFile([makeEntry(1, { text: MARKER.repeat(10) })]).slice(0, -40);
    const format = rawFile([], { format: MARKER });
    for (const text of [duplicate, truncated, format]) {
      const result = parseText(text);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toContain(MARKER);
      expect(JSON.stringify(result)).not.toContain('7f3a');
    }
  });
});
