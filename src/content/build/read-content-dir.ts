import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALES } from '../../app/locales.ts';
import type { SourceFile } from './compile-collection.ts';

/** Reads `<dir>/<locale>/*.md` for every locale. */
export function readContentDir(dir: string, root: string): SourceFile[] {
  const files: SourceFile[] = [];
  for (const locale of LOCALES) {
    const folder = join(dir, locale);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith('.md')) continue;
      const path = join(folder, name);
      files.push({ file: relative(root, path), locale, source: readFileSync(path, 'utf8') });
    }
  }
  return files;
}
