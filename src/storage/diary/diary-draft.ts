import type { EntryKind } from './diary-entry';

/** The key of the draft of a new entry; an edit's draft is keyed by the entry's id. */
export const NEW_ENTRY_DRAFT = 'new';

/**
 * What the parent has typed but not saved, kept at every keystroke so that closing the tab,
 * a power cut or an app update never loses it.
 */
export interface DiaryDraft {
  key: string;
  /** The updatedAt of the entry the edit started from (absent for a new entry). */
  baseUpdatedAt?: string;
  savedAt: string;
  fields: DraftFields;
}

export interface DraftFields {
  /** Local date and time as in <input type="datetime-local">: "2026-11-22T21:05". */
  occurredAtLocal: string;
  kind: EntryKind;
  text: string;
  tension: number | null;
  tagsText: string;
  planItemId?: string;
}
