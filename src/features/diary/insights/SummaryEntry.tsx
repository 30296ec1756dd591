import { useLocale, useT } from '../../../app/i18n';
import type { DiaryEntry } from '../../../storage/diary/diary-entry';
import { formatDateTime } from './insight-format';

/** One entry in full on the summary: when, kind, tension, tags, and the text exactly as written. */
export function SummaryEntry({ entry, level = 4 }: { entry: DiaryEntry; level?: 4 | 5 }) {
  const t = useT();
  const locale = useLocale();
  const Heading = level === 4 ? 'h4' : 'h5';
  return (
    <li class="summary-entry">
      <article>
        <Heading class="summary-entry__when">
          <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, locale)}</time>
        </Heading>
        <ul class="summary-entry__meta">
          <li class="summary-entry__kind">{t(`diary.kinds.${entry.kind}`)}</li>
          {typeof entry.tension === 'number' && <li>{t('insights.summary.entryTension', { value: entry.tension })}</li>}
          {entry.tags.length > 0 && <li>{t('insights.summary.entryTags', { tags: entry.tags.join(', ') })}</li>}
        </ul>
        {/* Text, never HTML: Preact escapes it; CSS keeps the line breaks. */}
        {entry.text && <p class="summary-entry__text">{entry.text}</p>}
      </article>
    </li>
  );
}
