import { useEffect, useState } from 'preact/hooks';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { NEW_ENTRY_DRAFT } from '../../storage/diary/diary-draft';
import { onDiaryChange } from '../../storage/diary/diary-events';
import { draftRepository } from '../../storage/diary/draft-repository';

/** Points back to text that was typed but never saved (a closed tab, a power cut, an update). */
export function DraftWaiting() {
  const t = useT();
  const locale = useLocale();
  const [keys, setKeys] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    const load = () => void draftRepository.all().then((drafts) => live && setKeys(drafts.map((draft) => draft.key)));
    load();
    const stop = onDiaryChange(load);
    return () => {
      live = false;
      stop();
    };
  }, []);

  if (keys.length === 0) return null;
  const entryPath = pathFor(locale, { name: 'diaryEntry' });
  return (
    <div class="notice">
      {keys.map((key) => (
        <p key={key}>
          {t('diary.draftWaiting')} <a href={key === NEW_ENTRY_DRAFT ? entryPath : `${entryPath}?id=${encodeURIComponent(key)}`}>{t('diary.draftContinue')}</a>
        </p>
      ))}
    </div>
  );
}
