/**
 * The share sheet for a backup file, where the browser can share files (Safari on iPhone and
 * iPad can; Chromium refuses `.json` files, and then the file is downloaded as before). From the
 * sheet the parent can save it in Files, mail it to themselves or put it in their own cloud;
 * Kier sends nothing anywhere itself.
 */
export function shareableFile(name: string, contents: string, type: string): File | null {
  if (typeof navigator === 'undefined' || typeof navigator.canShare !== 'function' || typeof navigator.share !== 'function' || typeof File === 'undefined') return null;
  const file = new File([contents], name, { type });
  try {
    return navigator.canShare({ files: [file] }) ? file : null;
  } catch {
    return null;
  }
}

/** 'cancelled' when the parent closed the sheet; 'failed' for any other refusal. */
export async function shareFile(file: File): Promise<'shared' | 'cancelled' | 'failed'> {
  try {
    await navigator.share({ files: [file], title: file.name });
    return 'shared';
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}
