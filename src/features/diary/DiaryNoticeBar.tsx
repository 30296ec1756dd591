import { useT } from '../../app/i18n';
import { diaryRepository } from '../../storage/diary/diary-repository';
import type { DiaryNotice } from './diary-notice';

export type ShownNotice = DiaryNotice | { type: 'restored' } | { type: 'replacedElsewhere' };

/**
 * A live region that always exists, so what it says is announced: saved, deleted (with undo,
 * which stays until the parent moves on: no timer races a screen reader), restored.
 */
export function DiaryNoticeBar({ notice, onChange }: { notice: ShownNotice | null; onChange: (notice: ShownNotice | null) => void }) {
  const t = useT();
  const undo = async (notice: Extract<ShownNotice, { type: 'deleted' }>) => {
    await diaryRepository.restore(notice.entry);
    onChange({ type: 'restored' });
  };
  return (
    <div class="notice-area" role="status">
      {notice && (
        <div class="notice">
          <p>
            {notice.type === 'saved' && t(notice.replacedOther ? 'diary.savedReplacedOther' : 'diary.saved')}
            {notice.type === 'deleted' && t('diary.deleted')}
            {notice.type === 'restored' && t('diary.restored')}
            {notice.type === 'replacedElsewhere' && t('diary.replacedElsewhere')}
          </p>
          <div class="notice__actions">
            {notice.type === 'deleted' && (
              <button type="button" class="button button--primary" onClick={() => void undo(notice)}>
                {t('diary.undo')}
              </button>
            )}
            <button type="button" class="button button--quiet" onClick={() => onChange(null)}>
              {t('diary.close')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
