import { useT } from '../../../app/i18n';
import type { DiaryEntry } from '../../../storage/diary/diary-entry';
import { SummaryEntry } from './SummaryEntry';

/** "De zwaarste momenten": the entries with the highest tension, with date and text. None: nothing. */
export function HardestMoments({ entries }: { entries: readonly DiaryEntry[] }) {
  const t = useT();
  if (entries.length === 0) return null;
  return (
    <section class="summary-hardest" aria-labelledby="summary-hardest-title">
      <h3 id="summary-hardest-title">{t('insights.summary.hardestTitle')}</h3>
      <ol class="summary-entries">
        {entries.map((entry) => (
          <SummaryEntry key={entry.id} entry={entry} />
        ))}
      </ol>
    </section>
  );
}
