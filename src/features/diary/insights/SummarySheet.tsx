import { useLocale, useT } from '../../../app/i18n';
import { pathFor } from '../../../app/paths';
import type { DiaryEntry } from '../../../storage/diary/diary-entry';
import type { Plan } from '../../../storage/plans/plan';
import { HardestMoments } from './HardestMoments';
import { formatDay } from './insight-format';
import { KindCounts } from './KindCounts';
import { rangeName } from './period-name';
import type { DateRange } from './periods';
import { summarize } from './summarize';
import { SummaryEntry } from './SummaryEntry';
import { SummaryPlan } from './SummaryPlan';
import { TensionChart } from './TensionChart';
import { tensionSentence } from './tension-sentence';
import { tensionSeriesForRange } from './tension-series';
import { TensionTable } from './TensionTable';

/**
 * The part of the summary page that prints, in the order a conversation needs: her own
 * questions and the three hardest moments first (page 1), then her plan if she chose it, then
 * everything from the period (counts of the kinds that have entries, tension, every entry).
 */
export function SummarySheet({ entries, range, questions, plan }: { entries: readonly DiaryEntry[]; range: DateRange; questions: string; plan: Plan | null }) {
  const t = useT();
  const locale = useLocale();
  const summary = summarize(entries, range);
  const series = tensionSeriesForRange(summary.entries, range);
  const period = rangeName(t, locale, range);
  const said = questions.trim();
  // A new page only after something: without questions or hard moments, page 1 is the rest.
  const firstPage = said !== '' || summary.hardest.length > 0;
  const sentence = tensionSentence(t, locale, series, t('insights.sentence.inPeriod'));

  return (
    <section class="summary-sheet" aria-labelledby="summary-sheet-title">
      <h2 id="summary-sheet-title">{t('insights.summary.heading')}</h2>
      <p class="summary-sheet__period">{t('insights.summary.sheetPeriod', { start: formatDay(range.start, locale), end: formatDay(range.end, locale) })}</p>

      {said && (
        <section class="summary-questions" aria-labelledby="summary-questions-title">
          <h3 id="summary-questions-title">{t('insights.summary.questionsTitle')}</h3>
          {/* Text, never HTML; CSS keeps her line breaks. */}
          <p class="summary-questions__text">{questions.trim()}</p>
        </section>
      )}
      <HardestMoments entries={summary.hardest} />

      {plan && (
        <div class={firstPage ? 'summary-part summary-part--new-page' : 'summary-part'}>
          <SummaryPlan plan={plan} />
        </div>
      )}

      <section class={firstPage || plan ? 'summary-all summary-part--new-page' : 'summary-all'} aria-labelledby="summary-all-title">
        <h3 id="summary-all-title">{t('insights.summary.allTitle')}</h3>
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
            <h4>{t('insights.summary.tensionTitle')}</h4>
            {sentence === null ? (
              <p>{t('insights.summary.noTension')}</p>
            ) : (
              <>
                <p>{sentence}</p>
                <TensionChart series={series} period={period} />
                <TensionTable series={series} period={period} class="screen-only" />
              </>
            )}
            <h4>{t('insights.summary.entriesTitle')}</h4>
            <ol class="summary-entries">
              {summary.entries.map((entry) => (
                <SummaryEntry key={entry.id} entry={entry} level={5} />
              ))}
            </ol>
          </>
        )}
      </section>
    </section>
  );
}
