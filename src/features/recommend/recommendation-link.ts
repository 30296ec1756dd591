import type { Locale } from '../../app/locales';
import { MODULE_ID_PATTERN, pathFor } from '../../app/paths';

/**
 * The recommendation link, a stable contract (documented in the README):
 *   /<locale>/r?m=<id>,<id>,…&n=<note>
 * Module ids only, at most 12, in the counsellor's order; an optional note of at most 280
 * characters, URL-encoded. Nothing in it is ever read as HTML. The QR code and the printed
 * sheet carry the short form without `n` (the note is printed beside the code); `preview=1` marks
 * the counsellor's own look at the page, which keeps nothing on the device.
 */
export const MAX_MODULES = 12;
export const MAX_NOTE = 280;

/**
 * Plain text without control or format characters, cut to the limit (by character). Format
 * characters (Unicode Cf: bidi overrides and isolates, zero-width joiners and spaces, the soft
 * hyphen) are invisible and can reorder what a parent sees, e.g. reverse the digits of a phone
 * number; a note is short plain text and needs none of them.
 */
export function normalizeNote(note: string): string {
  const clean = note
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|\p{Cf}/gu, '')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/\r\n?/g, '\n')
    .trim();
  return Array.from(clean).slice(0, MAX_NOTE).join('').trim();
}

export function buildRecommendationPath(locale: Locale, ids: readonly string[], note = ''): string {
  const params = [`m=${ids.slice(0, MAX_MODULES).join(',')}`];
  const text = normalizeNote(note);
  if (text) params.push(`n=${encodeURIComponent(text)}`);
  return `${pathFor(locale, { name: 'recommendation' })}?${params.join('&')}`;
}

/** The counsellor's "see what the parent sees": the same page, kept nowhere. */
export function buildPreviewPath(locale: Locale, ids: readonly string[], note = ''): string {
  return `${buildRecommendationPath(locale, ids, note)}&preview=1`;
}

export interface ParsedRecommendation {
  /** Known module ids, in order, without duplicates, at most MAX_MODULES. */
  ids: string[];
  note: string;
  /** How many ids were not modules of this app (or not ids at all). */
  unknown: number;
  /** More than MAX_MODULES ids, or a note over MAX_NOTE characters, were cut. */
  cut: boolean;
  /** The link had no `m` at all. */
  missing: boolean;
  /** Opened by the counsellor to preview it (`preview=1`): shown, never kept. */
  preview: boolean;
}

/** Reads a link's query string; never throws, whatever the input. */
export function parseRecommendation(search: string, known: ReadonlySet<string>): ParsedRecommendation {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const raw = params.get('m');
  const rawNote = params.get('n') ?? '';
  const ids: string[] = [];
  let unknown = 0;
  let cut = false;
  for (const part of (raw ?? '').split(',').map((id) => id.trim()).filter(Boolean)) {
    if (!MODULE_ID_PATTERN.test(part) || !known.has(part)) unknown++;
    else if (ids.includes(part)) continue;
    else if (ids.length >= MAX_MODULES) cut = true;
    else ids.push(part);
  }
  const note = normalizeNote(rawNote);
  if (Array.from(rawNote.trim()).length > MAX_NOTE) cut = true;
  return { ids, note, unknown, cut, missing: raw === null, preview: params.get('preview') === '1' };
}
