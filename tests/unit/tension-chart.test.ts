import { describe, expect, it } from 'vitest';
import { translator } from '../../src/app/i18n';
import { chartLayout, HIT_RADIUS, VIEW } from '../../src/features/diary/insights/chart-geometry';
import { chartKey, firstWords, tensionSentence } from '../../src/features/diary/insights/tension-sentence';
import { tensionSeriesForRange } from '../../src/features/diary/insights/tension-series';
import type { DiaryEntry } from '../../src/storage/diary/diary-entry';

let counter = 0;

/** An entry at noon on a local date (month is 1-based). */
function entry(date: [number, number, number], tension: number, text = '', hour = 12): DiaryEntry {
  const [year, month, day] = date;
  const iso = new Date(year, month - 1, day, hour).toISOString();
  counter += 1;
  return { id: `t${counter}`, occurredAt: iso, createdAt: iso, updatedAt: iso, kind: 'event', text, tags: [], tension };
}

const FOUR_WEEKS = { start: '2026-10-26', end: '2026-11-22' };
const THREE_MONTHS = { start: '2026-08-23', end: '2026-11-22' };

/** An entry every day for 3 months: as dense as a diary gets. */
function everyDay(value: (index: number) => number) {
  return Array.from({ length: 92 }, (_, index) => entry([2026, 8, 23 + index], value(index)));
}
const format = (value: number) => String(value);

/** Every few days, as parents really write: 4 entries in 4 weeks. */
function sparse() {
  return [entry([2026, 10, 28], 4), entry([2026, 11, 3], 6), entry([2026, 11, 12], 8, 'Ruzie om de wifi, hij sloeg de deur dicht en riep dingen'), entry([2026, 11, 20], 5)];
}

describe('chart layout', () => {
  it('draws sparse days as big points with their value, joined by one line across the gaps', () => {
    const layout = chartLayout(tensionSeriesForRange(sparse(), FOUR_WEEKS), format);
    // 14 units across: at least 10px even on a 296px-wide chart (the narrowest it gets).
    expect(layout.radius * 2 * (296 / VIEW.width)).toBeGreaterThanOrEqual(10);
    expect(HIT_RADIUS * 2 * (296 / VIEW.width)).toBeGreaterThanOrEqual(24);
    expect(layout.points.map((point) => point.label?.text)).toEqual(['4', '6', '8', '5']);
    expect(layout.line?.split(' ')).toHaveLength(4);
    expect(layout.labelsLeftOut).toBe(false);
    expect(layout.whiskers).toEqual([]);
    // Each value sits beside its own point, above it.
    for (const point of layout.points) {
      expect(point.label!.x).toBe(point.x);
      expect(point.label!.y).toBeLessThan(point.y - layout.radius);
    }
  });

  it('has no line for a single day, and keeps a value at 10 inside the chart', () => {
    const layout = chartLayout(tensionSeriesForRange([entry([2026, 11, 20], 10)], FOUR_WEEKS), format);
    expect(layout.line).toBeNull();
    expect(layout.points[0]!.label!.y - 0.75 * VIEW.fontSize).toBeGreaterThanOrEqual(0);
  });

  it('puts a value below its point when above is taken, and leaves one out only when there is no room', () => {
    const close = chartLayout(tensionSeriesForRange([entry([2026, 11, 19], 5), entry([2026, 11, 20], 5)], THREE_MONTHS), format);
    const [first, second] = close.points;
    // The hardest (here the later of two equal days) is placed first, above; the other goes below.
    expect(second!.label!.y).toBeLessThan(second!.y);
    expect(first!.label!.y).toBeGreaterThan(first!.y);

    // Every day for 3 months: points shrink but stay points; the hardest day keeps its value.
    const dense = chartLayout(tensionSeriesForRange(everyDay((index) => (index === 9 ? 9 : 3 + (index % 3))), THREE_MONTHS), format);
    expect(dense.points).toHaveLength(92);
    expect(dense.radius).toBeLessThan(7);
    expect(dense.radius).toBeGreaterThanOrEqual(3.5);
    expect(dense.labelsLeftOut).toBe(true);
    expect(dense.points[9]!.label?.text).toBe('9');
  });

  it('points at the hardest entry of a day, and draws its spread', () => {
    const later = entry([2026, 11, 18], 7, '', 21);
    const layout = chartLayout(tensionSeriesForRange([entry([2026, 11, 18], 7, '', 9), entry([2026, 11, 18], 2, '', 12), later], FOUR_WEEKS), format);
    expect(layout.points[0]!.day.entryId).toBe(later.id);
    expect(layout.whiskers).toHaveLength(1);
  });
});

describe('the sentence on top of the chart', () => {
  const nl = translator('nl');
  const en = translator('en');

  it('says the average and the hardest day in plain Dutch, with Dutch numbers and dates', () => {
    const series = tensionSeriesForRange(sparse(), FOUR_WEEKS);
    expect(tensionSentence(nl, 'nl', series, 'Laatste 4 weken')).toBe('Laatste 4 weken: gemiddeld 5,8 (4 notities). Zwaarste dag: 12 november (8).');
    expect(tensionSentence(en, 'en', series, 'Last 4 weeks')).toBe('Last 4 weeks: average 5.8 (4 entries). Hardest day: 12 November (8).');
  });

  it('may add the first words of the hardest entry, kept short', () => {
    const series = tensionSeriesForRange(sparse(), FOUR_WEEKS);
    expect(tensionSentence(nl, 'nl', series, 'Laatste 4 weken', 'Ruzie om de wifi, hij sloeg de deur dicht en riep dingen')).toBe(
      'Laatste 4 weken: gemiddeld 5,8 (4 notities). Zwaarste dag: 12 november (8). Je schreef: ‘Ruzie om de wifi, hij sloeg…’',
    );
    expect(firstWords('  Even   rust.  ')).toBe('Even rust.');
    expect(firstWords('')).toBe('');
  });

  it('says so when the highest value came back on several days, and adds the year across years', () => {
    const series = tensionSeriesForRange([entry([2025, 12, 30], 8), entry([2026, 1, 4], 8), entry([2026, 1, 5], 2)], { start: '2025-12-01', end: '2026-01-31' });
    expect(tensionSentence(nl, 'nl', series, 'Sinds 1 december 2025')).toBe('Sinds 1 december 2025: gemiddeld 6,0 (3 notities). Het zwaarst was 8, op 2 dagen. De laatste keer: 4 januari 2026.');
    expect(tensionSentence(en, 'en', tensionSeriesForRange([entry([2026, 11, 3], 6)], FOUR_WEEKS), 'Last 4 weeks')).toBe('Last 4 weeks: average 6.0 (1 entry). Hardest day: 3 November (6).');
  });

  it('is null without any tension', () => {
    expect(tensionSentence(nl, 'nl', tensionSeriesForRange([], FOUR_WEEKS), 'Laatste 4 weken')).toBeNull();
  });
});

describe('the key under the chart', () => {
  const nl = translator('nl');

  it('describes only what is drawn', () => {
    const one = chartLayout(tensionSeriesForRange([entry([2026, 11, 20], 6)], FOUR_WEEKS), format);
    expect(chartKey(nl, one)).toEqual(['Elke stip is een dag waarop je spanning noteerde, met het getal erbij.']);

    const sparseLayout = chartLayout(tensionSeriesForRange(sparse(), FOUR_WEEKS), format);
    const key = chartKey(nl, sparseLayout);
    expect(key).toHaveLength(2);
    expect(key[1]).toBe('De lijn loopt van de ene dag naar de volgende. Op de dagen ertussen heb je geen spanning genoteerd.');
    expect(key.join(' ')).not.toMatch(/streepje/);

    const spread = chartLayout(tensionSeriesForRange([entry([2026, 11, 18], 7, '', 9), entry([2026, 11, 18], 2)], FOUR_WEEKS), format);
    expect(chartKey(nl, spread).join(' ')).toMatch(/het lichte streepje loopt van de laagste tot de hoogste spanning/);

    // Every day for 4 weeks still has room for every value; every day for 3 months has not.
    const month = Array.from({ length: 28 }, (_, index) => entry([2026, 10, 26 + index], 3 + (index % 4)));
    expect(chartKey(nl, chartLayout(tensionSeriesForRange(month, FOUR_WEEKS), format)).join(' ')).not.toMatch(/tabel/);
    expect(chartKey(nl, chartLayout(tensionSeriesForRange(everyDay((index) => index % 10), THREE_MONTHS), format)).join(' ')).toMatch(/In de tabel staan ze allemaal/);
  });
});
