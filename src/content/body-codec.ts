import type { ModuleBody } from './types';

/**
 * Module bodies ship compressed: the JSON of a body, deflated (raw DEFLATE) and written as
 * base64. That is about half the bytes of the plain text, which keeps all 28 documents within
 * the precache budget. The browser inflates a body once, when it is first read, with the
 * platform's DecompressionStream (Node has it too, for prerendering).
 */
export async function decodeBody(encoded: string): Promise<ModuleBody> {
  const bytes = Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return JSON.parse(await new Response(stream).text()) as ModuleBody;
}
