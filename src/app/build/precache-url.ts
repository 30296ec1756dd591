/**
 * Maps a prerendered file to the URL people use: "nl/m/x/index.html" -> "nl/m/x".
 * The root "index.html" stays as it is (the service worker serves it for "/").
 */
export function precacheUrlFor(file: string): string {
  const match = /^(.+)\/index\.html$/.exec(file);
  return match ? match[1]! : file;
}
