import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/content/build/read-content-dir';
import { sharedRuns } from '../../src/content/quality/copied-text';

// The seed documents sit beside the repository (../shared/seeds) on developer machines and CI.
const ROOT = join(import.meta.dirname, '../..');
const SEEDS = join(ROOT, '../shared/seeds');
const seeds = existsSync(SEEDS)
  ? readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }))
  : [];

describe.skipIf(seeds.length === 0)('guidance is written fresh, not copied from the seeds', () => {
  const files = readContentDir(process.env.KIER_CONTENT_DIR ?? join(ROOT, 'content'), ROOT);
  it.each(files.map((file) => [file.file, file] as const))('%s shares no run of 8 words with a seed', (_name, file) => {
    const copied = seeds.flatMap((seed) => sharedRuns(file.source, seed.text).map((run) => `${seed.name}: "${run}"`));
    expect(copied, `${file.file} repeats text from a seed`).toEqual([]);
  });
});

describe('sharedRuns', () => {
  it('finds a copied run regardless of case, accents and punctuation', () => {
    expect(sharedRuns('Zij zei: het huis werd een soort hotel voor hem, echt.', 'het huis werd een soort hotel voor hem')).toEqual(['het huis werd een soort hotel voor hem']);
    expect(sharedRuns('Een eigen zin over iets anders dan de bron.', 'het huis werd een soort hotel voor hem')).toEqual([]);
  });
});
