import type { DiaryEntry } from '../../storage/diary/diary-entry';

/** What the timeline tells the parent after the editor closed: saved, or deleted with undo. */
export type DiaryNotice = { type: 'saved'; replacedOther: boolean } | { type: 'deleted'; entry: DiaryEntry };

let notice: DiaryNotice | null = null;

export function leaveNotice(next: DiaryNotice): void {
  notice = next;
}

/** The notice left for the timeline, once. */
export function takeNotice(): DiaryNotice | null {
  const current = notice;
  notice = null;
  return current;
}
