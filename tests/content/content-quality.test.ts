import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/content/build/front-matter';
import { readContentDir } from '../../src/content/build/read-content-dir';
import { LIMITS, readability } from '../../src/content/quality/readability';
import { crisisMentions, forbiddenPhrases } from '../../src/content/quality/safe-messaging';
import { missingInlineLines } from '../../src/content/quality/inline-lines';
import { repeatedSentences } from '../../src/content/quality/repeated-sentences';
import { researchNamesInBody } from '../../src/content/quality/research-names';
import { sectionHeadings, structureProblems } from '../../src/content/quality/structure';
import { markupProblems, MODULE_TAGS, tagsUsed } from '../../src/content/quality/markup';
import { A11Y_SAMPLE_MODULES } from '../support/a11y-samples';

const ROOT = join(import.meta.dirname, '../..');
const CONTENT = process.env.KIER_CONTENT_DIR ?? join(ROOT, 'content');
const modules = readContentDir(CONTENT, ROOT).map((file) => {
  const { data, body } = splitFrontMatter(file.file, file.source);
  return { ...file, body, crisis: (data as { crisis?: boolean }).crisis === true, id: file.file.split('/').pop()!.replace(/\.md$/, '') };
});

describe.each(modules.map((module) => [module.file, module] as const))('%s', (file, module) => {
  const stats = readability(module.body, module.locale);

  it('reads at B1 level', () => {
    const problems: string[] = [];
    if (stats.score < LIMITS.minScore) problems.push(`readability ${stats.score.toFixed(1)} is below ${LIMITS.minScore}`);
    if (stats.averageSentenceWords > LIMITS.maxAverageSentenceWords) problems.push(`average sentence ${stats.averageSentenceWords.toFixed(1)} words (max ${LIMITS.maxAverageSentenceWords})`);
    if (stats.longestSentence.words > LIMITS.maxSentenceWords) problems.push(`sentence of ${stats.longestSentence.words} words (max ${LIMITS.maxSentenceWords}): "${stats.longestSentence.text}"`);
    if (stats.longestParagraphSentences > LIMITS.maxParagraphSentences) problems.push(`a paragraph of ${stats.longestParagraphSentences} sentences (max ${LIMITS.maxParagraphSentences})`);
    if (stats.words < LIMITS.minWords || stats.words > LIMITS.maxWords) problems.push(`${stats.words} words (must be ${LIMITS.minWords}–${LIMITS.maxWords})`);
    expect(problems, file).toEqual([]);
  });

  it('follows the safe-messaging rules', () => {
    expect(forbiddenPhrases(module.body), `${file} uses forbidden phrases`).toEqual([]);
    const mentions = crisisMentions(module.body);
    if (!module.crisis) expect(mentions, `${file} mentions ${mentions.join(', ')} but has no 'crisis: true'`).toEqual([]);
  });

  it('shows the help lines on the same screen as the risk it discusses', () => {
    expect(missingInlineLines(module.body), `${file} discusses a risk without these lines in its own text`).toEqual([]);
  });

  it('keeps research and programme names in its sources, not in the reading text', () => {
    const hits = researchNamesInBody(module.body, module.locale).map((hit) => `${hit.name} in "${hit.section}": ${hit.sentence}`);
    expect(hits, `${file}: say what the approach does in plain words; the name belongs in the sources (or in a "Wanneer hulp zoeken" section)`).toEqual([]);
  });

  it('has the structure of the content guide', () => {
    expect(structureProblems(module.body, module.locale), file).toEqual([]);
  });

  it('renders only markup the accessibility samples stand for', () => {
    expect(markupProblems(module.body), file).toEqual([]);
  });

  it('has the same sections as its translation', () => {
    const twin = modules.find((other) => other.id === module.id && other.locale !== module.locale);
    expect(twin, `${file} has no translation`).toBeDefined();
    expect(sectionHeadings(module.body).length, `${file} and ${twin!.file} differ in their number of ## sections`).toBe(sectionHeadings(twin!.body).length);
    expect(twin!.crisis, `${file} and ${twin!.file} differ in 'crisis'`).toBe(module.crisis);
  });
});

describe.each(['nl', 'en'] as const)('the %s modules together', (locale) => {
  it('are stood for by the axe sample module: it uses every element any module uses', () => {
    const own = modules.filter((module) => module.locale === locale);
    const sample = own.find((module) => module.id === A11Y_SAMPLE_MODULES[locale]);
    expect(sample, `sample module ${A11Y_SAMPLE_MODULES[locale]} exists in content/${locale}`).toBeDefined();
    const used = new Set(own.flatMap((module) => [...tagsUsed(module.body)]));
    const sampleTags = tagsUsed(sample!.body);
    const missing = MODULE_TAGS.filter((tag) => used.has(tag) && !sampleTags.has(tag));
    expect(missing, `modules in content/${locale} use elements the axe sample ${sample!.id} does not: choose another sample in tests/support/a11y-samples.ts`).toEqual([]);
  });

  it('repeat no sentence of 8 or more words in more than three modules', () => {
    const own = modules.filter((module) => module.locale === locale).map((module) => ({ id: module.id, markdown: module.body }));
    const repeated = repeatedSentences(own).map((entry) => `"${entry.sentence}" in ${entry.modules.join(', ')}`);
    expect(repeated, `boilerplate in content/${locale}: write each of these for its module`).toEqual([]);
  });
});

if (process.env.KIER_CONTENT_REPORT) {
  it('prints a report', () => {
    const rows = modules.map((module) => {
      const stats = readability(module.body, module.locale);
      return `| ${module.id} | ${module.locale} | ${stats.words} | ${stats.averageSentenceWords.toFixed(1)} | ${stats.longestSentence.words} | ${stats.score.toFixed(0)} |`;
    });
    console.log(['| module | lang | words | avg sentence | longest | readability |', '|---|---|---|---|---|---|', ...rows].join('\n'));
  });
}
