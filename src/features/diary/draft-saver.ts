import type { DiaryDraft } from '../../storage/diary/diary-draft';
import { createLatestWriter } from '../shared/latest-writer';

/**
 * Drafts are written one at a time, always the latest (see createLatestWriter). `onResult` hears
 * whether each write was stored, so the form can say at once when the latest words are not in the
 * draft (a full disk), instead of claiming they are.
 */
export function createDraftSaver(save: (draft: DiaryDraft) => Promise<void>, onResult?: (stored: boolean) => void) {
  return createLatestWriter(save, onResult && ((ok) => onResult(ok)));
}
