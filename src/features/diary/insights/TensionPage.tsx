import { useMemo, useState } from 'preact/hooks';
import { usePageHead } from '../../../app/head';
import { useLocale, useT } from '../../../app/i18n';
import { pathFor } from '../../../app/paths';
import { useDiaryEntries } from '../use-diary-entries';
import { completeEntries, InsightsStatus } from './InsightsStatus';
import { periodLead, periodName } from './period-name';
import type { Period } from './periods';
import { PeriodPicker } from './PeriodPicker';
import { TensionChart } from './TensionChart';
import { tensionSentence } from './tension-sentence';
import { tensionSeries } from './tension-series';
import { TensionTable } from './TensionTable';

/** Tension at home over the last 4 weeks, 3 months or everything: one sentence, a chart, and a table beside it. */
export default function TensionPage() {
  const t = useT();
  const locale = useLocale();
  usePageHead({ title: t('insights.tension.title') });
  const state = useDiaryEntries();
  const entries = completeEntries(state);
  const [period, setPeriod] = useState<Period>('weeks4');
  const series = useMemo(() => (entries ? tensionSeries(entries, period, new Date()) : null), [entries, period]);
  const name = series ? periodName(t, locale, period, series) : '';
  // The first words of the hardest day's entry: on this screen only, never on the printed summary.
  const hardestId = series?.days.find((day) => day.date === series.highestOn)?.entryId;
  const hardestText = hardestId ? entries?.find((entry) => entry.id === hardestId)?.text : undefined;
  const sentence = series ? tensionSentence(t, locale, series, periodLead(t, locale, period, series), hardestText) : null;

  return (
    <div class="page insights-page tension-page">
      <h1>{t('insights.tension.title')}</h1>
      <p>{t('insights.tension.intro')}</p>
      <PeriodPicker value={period} onChange={setPeriod} />
      <InsightsStatus state={state} />
      {series &&
        (series.days.length > 0 ? (
          <div class="tension-result">
            {sentence && <p class="tension-sentence">{sentence}</p>}
            <TensionChart series={series} period={name} />
            <TensionTable series={series} period={name} />
          </div>
        ) : (
          <div class="insights-empty">
            <p>{t('insights.tension.empty')}</p>
            <p>
              <a class="button button--primary" href={pathFor(locale, { name: 'diaryEntry' })}>
                {t('insights.newEntry')}
              </a>
            </p>
          </div>
        ))}
      <ul class="link-list insights-links">
        <li>
          <a href={pathFor(locale, { name: 'diarySummary' })}>{t('insights.tension.toSummary')}</a>
        </li>
        <li>
          <a href={pathFor(locale, { name: 'diary' })}>{t('insights.backToDiary')}</a>
        </li>
      </ul>
    </div>
  );
}
