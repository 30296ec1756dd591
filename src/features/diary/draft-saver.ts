import type { DiaryDraft } from '../../storage/diary/diary-draft';
import { createLatestWriter } from '../shared/latest-writer';

/** Drafts are written one at a time, always the latest (see createLatestWriter). */
export function createDraftSaver(save: (draft: DiaryDraft) => Promise<void>) {
  return createLatestWriter(save);
}
