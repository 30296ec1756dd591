import { useLocale, useT } from '../../../app/i18n';
import { pathFor } from '../../../app/paths';
import type { DiaryEntry } from '../../../storage/diary/diary-entry';
import { formatDay, formatNumber } from './insight-format';
import { KindCounts } from './KindCounts';
import { rangeName } from './period-name';
import type { DateRange } from './periods';
import { summarize } from './summarize';
import { SummaryEntry } from './SummaryEntry';
import { TensionChart } from './TensionChart';
import { tensionSeriesForRange } from './tension-series';
import { TensionTable } from './TensionTable';

/** The part of the summary page that prints: title, counts, chart and every entry of the period. */
export function SummarySheet({ entries, range }: { entries: readonly DiaryEntry[]; range: DateRange }) {
  const t = useT();
  const locale = useLocale();
  const summary = summarize(entries, range);
  const series = tensionSeriesForRange(summary.entries, range);
  const period = rangeName(t, locale, range);
  const { tension } = summary;

  return (
    <section class="summary-sheet" aria-labelledby="summary-sheet-title">
      <h2 id="summary-sheet-title">{t('insights.summary.heading', { start: formatDay(range.start, locale), end: formatDay(range.end, locale) })}</h2>
      {summary.entries.length === 0 ? (
        <div class="insights-empty">
          <p>{t('insights.summary.empty')}</p>
          <p class="screen-only">
            <a href={pathFor(locale, { name: 'diaryEntry' })}>{t('insights.newEntry')}</a>
          </p>
        </div>
      ) : (
        <>
          <KindCounts counts={summary.kindCounts} />
          <h3>{t('insights.summary.tensionTitle')}</h3>
          {tension.average === null || tension.highest === null ? (
            <p>{t('insights.summary.noTension')}</p>
          ) : (
            <>
              <p>
                {t('insights.summary.tension', {
                  count: tension.count,
                  average: formatNumber(tension.average, locale, 1),
                  highest: formatNumber(tension.highest, locale),
                })}
              </p>
              <TensionChart series={series} period={period} />
              <TensionTable series={series} period={period} class="screen-only" />
            </>
          )}
          <h3>{t('insights.summary.entriesTitle')}</h3>
          <ol class="summary-entries">
            {summary.entries.map((entry) => (
              <SummaryEntry key={entry.id} entry={entry} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
