/** Set by "continue reading" on home: the reader then scrolls back to where the parent was. */
let requested: string | null = null;

export function requestResume(id: string): void {
  requested = id;
}

export function takeResumeRequest(id: string): boolean {
  const match = requested === id;
  requested = null;
  return match;
}
