import type { TFunction } from 'i18next';
import type { Locale } from '../../../app/locales';
import type { ChartLayout } from './chart-geometry';
import { formatDay, formatDayNoYear, formatNumber } from './insight-format';
import type { TensionSeries } from './tension-series';

const MAX_WORDS = 6;
const MAX_CHARS = 40;

/** The first few words of an entry, for the sentence on screen: "Ruzie om de wifi, hij sloeg…". */
export function firstWords(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (const word of words) {
    if (kept.length === MAX_WORDS || [...kept, word].join(' ').length > MAX_CHARS) break;
    kept.push(word);
  }
  const short = kept.join(' ');
  if (kept.length === words.length) return short;
  return `${short.replace(/[,.;:!?]+$/, '')}…`;
}

/**
 * One plain sentence over the chart, from the data: "Laatste 4 weken: gemiddeld 5,7 (4 notities).
 * Zwaarste dag: 12 november (8)." `lead` names the period ("Laatste 4 weken"). `hardestText`,
 * the text of the hardest day's entry, adds its first words: for the screen only, never for
 * anything that leaves it. Null without a tension.
 */
export function tensionSentence(t: TFunction, locale: Locale, series: TensionSeries, lead: string, hardestText?: string): string | null {
  const { stats, highestOn } = series;
  if (stats.average === null || stats.highest === null || highestOn === null) return null;
  const crossesYears = series.start.slice(0, 4) !== series.end.slice(0, 4);
  const date = crossesYears ? formatDay(highestOn, locale) : formatDayNoYear(highestOn, locale);
  const highest = formatNumber(stats.highest, locale);
  const parts = [
    t('insights.sentence.average', { lead, average: formatNumber(stats.average, locale, 1), count: stats.count }),
    series.highestDays > 1 ? t('insights.sentence.hardestRepeated', { highest, days: series.highestDays, date }) : t('insights.sentence.hardest', { date, highest }),
  ];
  const words = hardestText ? firstWords(hardestText) : '';
  if (words) parts.push(t('insights.sentence.wrote', { words }));
  return parts.join(' ');
}

/** The key under the chart: a sentence for each thing that is actually drawn, nothing else. */
export function chartKey(t: TFunction, layout: ChartLayout): string[] {
  const key = [t('insights.chart.keyPoints')];
  if (layout.line) key.push(t('insights.chart.keyLine'));
  if (layout.whiskers.length > 0) key.push(t('insights.chart.keySpread'));
  if (layout.labelsLeftOut) key.push(t('insights.chart.keyLeftOut'));
  return key;
}
