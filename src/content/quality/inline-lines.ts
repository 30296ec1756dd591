import { SUICIDE_TOPICS, VIOLENCE_TOPICS, crisisMentions } from './safe-messaging';

/**
 * Safe messaging, "a way to help on the same screen" (CONTENT-GUIDE.md; the guidance review, X4):
 * a module that talks about suicide or self-harm names 113 and 1813 in its own text, and one that talks
 * about violence names 112, Veilig Thuis (0800-2000) and 1712, so the lines stand beside the risk and
 * not only behind a link. A tel: link counts by its visible number, never by its target alone.
 */
interface Line {
  name: string;
  pattern: RegExp;
}

const number = (digits: string) => new RegExp(`(?<![\\d-])${digits}(?![\\d-])`);

const SUICIDE_LINES: Line[] = [
  { name: '113 (0800-0113)', pattern: /\b0800-0113\b|(?<![\d-])113(?![\d-])/ },
  { name: '1813', pattern: number('1813') },
];
const VIOLENCE_LINES: Line[] = [
  { name: '112', pattern: number('112') },
  { name: 'Veilig Thuis 0800-2000', pattern: /\b0800-2000\b/ },
  { name: '1712', pattern: number('1712') },
];

/** The lines a module's text must show but does not, given the risks it mentions. */
export function missingInlineLines(markdown: string): string[] {
  const visible = markdown.replace(/\]\([^)]*\)/g, ']');
  const missing = (lines: Line[], why: string) =>
    lines.filter((line) => !line.pattern.test(visible)).map((line) => `${line.name} (it mentions ${why})`);
  return [
    ...(crisisMentions(visible, SUICIDE_TOPICS).length > 0 ? missing(SUICIDE_LINES, 'suicide or self-harm') : []),
    ...(crisisMentions(visible, VIOLENCE_TOPICS).length > 0 ? missing(VIOLENCE_LINES, 'violence') : []),
  ];
}
