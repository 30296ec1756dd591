import { parse } from 'yaml';

export interface SplitModule {
  data: unknown;
  body: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits `---` front matter from the markdown body and parses it with `yaml`. */
export function splitFrontMatter(file: string, source: string): SplitModule {
  const match = FENCE.exec(source.replace(/^\uFEFF/, ''));
  if (!match) {
    throw new Error(`${file}: no front matter; the file must start with a '---' block`);
  }
  let data: unknown;
  try {
    data = parse(match[1] ?? '');
  } catch (error) {
    throw new Error(`${file}: front matter is not valid YAML: ${(error as Error).message}`);
  }
  return { data, body: source.slice(match[0].length) };
}
