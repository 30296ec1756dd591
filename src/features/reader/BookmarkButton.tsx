import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { readingOf, setBookmarked } from '../../storage/reading';

export function BookmarkButton({ id }: { id: string }) {
  const t = useT();
  const [saved, setSaved] = useState(false);
  useEffect(() => setSaved(readingOf(id)?.bookmarked ?? false), [id]);
  return (
    <button
      type="button"
      class="button bookmark"
      aria-pressed={saved}
      aria-describedby="bookmark-hint"
      onClick={() => setSaved(setBookmarked(id, !saved).bookmarked)}
    >
      <span aria-hidden="true">{saved ? '★ ' : '☆ '}</span>
      {saved ? t('reader.bookmarked') : t('reader.bookmark')}
      <span id="bookmark-hint" class="visually-hidden">
        {t('reader.bookmarkHint')}
      </span>
    </button>
  );
}
