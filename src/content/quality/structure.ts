import type { Locale } from '../../app/locales';

export const SECTION_TITLES: Record<Locale, { keyPoints: string; tryThis: string; sources: string }> = {
  nl: { keyPoints: 'In het kort', tryThis: 'Probeer dit', sources: 'Bronnen' },
  en: { keyPoints: 'In short', tryThis: 'Try this', sources: 'Sources' },
};

export function sectionHeadings(markdown: string): string[] {
  return [...markdown.matchAll(/^## +(.+?)\s*$/gm)].map((match) => match[1]!);
}

/** Problems with the shape of a module: key points first, an exercise section, no hand-written sources. */
export function structureProblems(markdown: string, locale: Locale): string[] {
  const titles = SECTION_TITLES[locale];
  const headings = sectionHeadings(markdown);
  const problems: string[] = [];
  if (headings[0] !== titles.keyPoints) problems.push(`the first section must be "## ${titles.keyPoints}" (found "${headings[0] ?? 'none'}")`);
  const keyPoints = /^## .+\n+((?:[-*] .+\n?)+)/m.exec(markdown)?.[1]?.trim().split('\n').length ?? 0;
  if (headings[0] === titles.keyPoints && (keyPoints < 3 || keyPoints > 5)) problems.push(`"${titles.keyPoints}" must have 3–5 bullet points (has ${keyPoints})`);
  if (!headings.includes(titles.tryThis)) problems.push(`a "## ${titles.tryThis}" section with exercises is missing`);
  if (headings.includes(titles.sources)) problems.push(`remove "## ${titles.sources}": the app renders sources from the front matter`);
  const questions = headings.filter((heading) => ![titles.keyPoints, titles.tryThis].includes(heading));
  if (questions.length < 3) problems.push(`needs at least 3 sections besides key points and exercises (has ${questions.length})`);
  return problems;
}
