import { useLocale, useT } from '../../app/i18n';
import type { DiaryEntry } from '../../storage/diary/diary-entry';
import { EntryCard } from './EntryCard';
import { formatDay } from './format-diary-date';
import { groupByDay } from './group-by-day';

/** Entries grouped by local day, newest first, shown a page at a time. */
export function Timeline({ entries, shown, onShowMore }: { entries: readonly DiaryEntry[]; shown: number; onShowMore: () => void }) {
  const t = useT();
  const locale = useLocale();
  const days = groupByDay(entries.slice(0, shown));
  return (
    <div class="timeline" aria-label={t('diary.timelineLabel')} role="region">
      {days.map((day) => (
        <section key={day.date} class="timeline__day" aria-labelledby={`day-${day.date}`}>
          <h2 id={`day-${day.date}`} class="timeline__date">
            {formatDay(day.date, locale)}
          </h2>
          <ul class="timeline__entries">
            {day.entries.map((entry) => (
              <EntryCard key={entry.id} entry={entry} />
            ))}
          </ul>
        </section>
      ))}
      {entries.length > shown && (
        <p>
          <button type="button" class="button" onClick={onShowMore}>
            {t('diary.showOlder')}
          </button>
        </p>
      )}
    </div>
  );
}
