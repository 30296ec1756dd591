/**
 * Base64 (RFC 4648, section 4: `A–Z a–z 0–9 + /`, padded with `=`) for the encrypted backup
 * file. Reading is strict: no spaces or line breaks, no URL-safe alphabet, no missing padding
 * and no stray bits after the data, so each byte string has exactly one text.
 */

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Bytes per String.fromCharCode call: well below any engine's argument limit. */
const CHUNK = 0x8000;

export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) parts.push(String.fromCharCode(...bytes.subarray(start, start + CHUNK)));
  return btoa(parts.join(''));
}

/** The bytes, or null when the text is not strict base64. */
export function decodeBase64(text: string): Uint8Array | null {
  if (!BASE64.test(text)) return null;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  // The last group must write itself back the same way: "QR==" and "QQ==" both read as "A".
  const lastGroup = binary.length % 3 || 3;
  if (text.length > 0 && btoa(binary.slice(binary.length - lastGroup)) !== text.slice(-4)) return null;
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** How many characters base64 takes for this many bytes. */
export function base64Length(byteCount: number): number {
  return Math.ceil(byteCount / 3) * 4;
}
