import type { DiaryEntry } from '../../storage/diary/diary-entry';
import { createHandoff } from '../shared/handoff';

/** What the timeline tells the parent after the editor closed: saved, or deleted with undo. */
export type DiaryNotice = { type: 'saved'; replacedOther: boolean } | { type: 'deleted'; entry: DiaryEntry };

const handoff = createHandoff<DiaryNotice>();

export const leaveNotice: (next: DiaryNotice) => void = handoff.leave;

/** The notice left for the timeline, once. */
export const takeNotice: () => DiaryNotice | null = handoff.take;
