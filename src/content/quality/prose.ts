/**
 * Turns module markdown into the units a reader meets: paragraphs of sentences.
 * Headings are left out (they are short questions); each list item counts as its own
 * paragraph, and an item without a full stop counts as one sentence.
 */
export interface Paragraph {
  kind: 'text' | 'item';
  sentences: string[];
}

const ABBREVIATIONS = /\b(bijv|bv|o\.a|d\.w\.z|e\.g|i\.e|etc|enz|ca|dr|prof|mr|mw|nr|vs|jr)\.$/i;

export function stripInline(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let current = '';
  const tokens = text.split(/(?<=[.!?…]["”’')]?)\s+/);
  for (const token of tokens) {
    current = current ? `${current} ${token}` : token;
    if (ABBREVIATIONS.test(current) || /\b\w\.$/.test(current) && current.length < 3) continue;
    sentences.push(current.trim());
    current = '';
  }
  if (current.trim()) sentences.push(current.trim());
  return sentences.filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

export function paragraphs(markdown: string): Paragraph[] {
  const result: Paragraph[] = [];
  let buffer: string[] = [];
  let kind: Paragraph['kind'] = 'text';
  // Kept in an object: TypeScript does not see the closure below change a plain variable.
  const state: { previous: Paragraph['kind'] } = { previous: 'text' };
  const flush = () => {
    const text = stripInline(buffer.join(' '));
    if (text) result.push({ kind, sentences: splitSentences(text) });
    if (buffer.length > 0) state.previous = kind;
    buffer = [];
  };
  for (const line of markdown.split('\n')) {
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (/^#{1,6}\s/.test(line) || line.trim() === '') {
      flush();
      if (/^#{1,6}\s/.test(line)) state.previous = 'text';
    } else if (item) {
      flush();
      kind = 'item';
      buffer.push(item[1] ?? '');
    } else {
      // An indented paragraph after a list item still belongs to that item.
      if (buffer.length === 0) kind = /^\s{2,}/.test(line) && state.previous === 'item' ? 'item' : 'text';
      buffer.push(line.trim());
    }
  }
  flush();
  return result;
}

export function words(sentence: string): string[] {
  return sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}
