import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import type { DiaryEntry } from '../../storage/diary/diary-entry';
import { formatTime } from './format-diary-date';

/** One entry in the timeline: time and kind (a link to edit it), tension, the first lines, tags. */
export function EntryCard({ entry }: { entry: DiaryEntry }) {
  const t = useT();
  const locale = useLocale();
  const time = formatTime(entry.occurredAt, locale);
  const href = `${pathFor(locale, { name: 'diaryEntry' })}?id=${encodeURIComponent(entry.id)}`;
  return (
    <li class="entry-card" data-kind={entry.kind}>
      <p class="entry-card__head">
        <a href={href} aria-label={`${t('diary.edit', { time })}: ${t(`diary.kinds.${entry.kind}`)}`}>
          <span class="entry-card__time">{time}</span> <span class="entry-card__kind">{t(`diary.kinds.${entry.kind}`)}</span>
        </a>
        {entry.tension !== undefined && (
          <span class="tension-badge" data-level={entry.tension}>
            <span aria-hidden="true">{t('diary.tensionShort', { value: entry.tension })}</span>
            <span class="visually-hidden">{t('diary.tension', { value: entry.tension })}</span>
          </span>
        )}
      </p>
      {entry.text && <p class="entry-card__text">{entry.text}</p>}
      {entry.tags.length > 0 && (
        <ul class="tag-list" aria-label={t('diary.editor.tags')}>
          {entry.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
