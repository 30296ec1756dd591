import { deflateRawSync } from 'node:zlib';

/** The build side of body-codec.ts: a body's JSON, deflated at the highest level, as base64. */
export function encodeBody(body: unknown): string {
  return deflateRawSync(Buffer.from(JSON.stringify(body), 'utf8'), { level: 9 }).toString('base64');
}
