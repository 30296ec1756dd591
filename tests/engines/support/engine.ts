/**
 * What the cross-engine flows need from a browser, so one set of flows runs in Firefox (over
 * WebDriver BiDi, through puppeteer-core) and in WebKitGTK (over classic WebDriver, through
 * WebKitWebDriver). Elements are found in the page by role and visible name (see find.ts), the
 * way a parent finds them, and clicked or typed into as real input events.
 */
export interface Engine {
  readonly name: 'Firefox' | 'WebKit';
  /** Where the browser saves downloads. */
  readonly downloads: string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  /** Runs `script` (a function's source) in the page with JSON arguments; awaits a promise it returns. */
  run<T>(script: string, ...args: unknown[]): Promise<T>;
  /** Clicks the element `find` returns (a real pointer click at its centre). */
  click(find: Query): Promise<void>;
  /** Focuses the element and types `text` as key presses. */
  type(find: Query, text: string): Promise<void>;
  /** A PNG of the element as drawn. */
  screenshot(find: Query): Promise<Buffer>;
  close(): Promise<void>;
}

export type Role = 'button' | 'link' | 'field' | 'radio' | 'checkbox' | 'heading' | 'img';

/** An element by role and visible name: an exact string, or a pattern. */
export interface Query {
  role: Role;
  name: string | { pattern: string; flags?: string };
  /** Only inside the first element this CSS selector finds. */
  within?: string;
  /** Only inside the fieldset whose legend reads this (a group of radios, for instance). */
  group?: string;
}

export function byPattern(pattern: RegExp): Query['name'] {
  return { pattern: pattern.source, flags: pattern.flags };
}
