import { paragraphs, words } from './prose';

/**
 * Boilerplate across modules (the guidance review, X5): a sentence of `minWords` or more words that
 * stands in more than `maxModules` modules of one language. Compared without case, accents and
 * punctuation, so "Het is geen teken dat je hebt gefaald." and "het is geen teken, dat je hebt gefaald"
 * count as one sentence. The shared route block lives in the app, not in the modules, so it never counts.
 */
export interface RepeatedSentence {
  sentence: string;
  modules: string[];
}

export function normaliseSentence(sentence: string): string {
  return sentence
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function repeatedSentences(
  modules: readonly { id: string; markdown: string }[],
  { minWords = 8, maxModules = 3 } = {},
): RepeatedSentence[] {
  const where = new Map<string, { sentence: string; modules: Set<string> }>();
  for (const module of modules) {
    for (const sentence of paragraphs(module.markdown).flatMap((unit) => unit.sentences)) {
      if (words(sentence).length < minWords) continue;
      const key = normaliseSentence(sentence);
      const entry = where.get(key) ?? { sentence, modules: new Set<string>() };
      entry.modules.add(module.id);
      where.set(key, entry);
    }
  }
  return [...where.values()]
    .filter((entry) => entry.modules.size > maxModules)
    .map((entry) => ({ sentence: entry.sentence, modules: [...entry.modules].sort() }));
}
