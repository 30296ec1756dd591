import type { Locale } from '../../app/locales';
import { paragraphs, words } from './prose';
import { syllables } from './syllables';

export interface Readability {
  words: number;
  sentences: number;
  averageSentenceWords: number;
  longestSentence: { words: number; text: string };
  /** Flesch–Douma (Dutch) or Flesch Reading Ease (English): higher is easier. */
  score: number;
  longestParagraphSentences: number;
}

/** Flesch–Douma for Dutch; Flesch Reading Ease for English. */
export function fleschScore(locale: Locale, wordsPerSentence: number, syllablesPerWord: number): number {
  return locale === 'nl'
    ? 206.835 - 0.93 * wordsPerSentence - 77 * syllablesPerWord
    : 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
}

export function readability(markdown: string, locale: Locale): Readability {
  const units = paragraphs(markdown);
  const sentences = units.flatMap((unit) => unit.sentences);
  const sentenceWords = sentences.map((sentence) => words(sentence));
  const allWords = sentenceWords.flat();
  const syllableCount = allWords.reduce((sum, word) => sum + syllables(word, locale), 0);
  let longest = { words: 0, text: '' };
  sentenceWords.forEach((list, index) => {
    if (list.length > longest.words) longest = { words: list.length, text: sentences[index] ?? '' };
  });
  const averageSentenceWords = allWords.length / Math.max(1, sentences.length);
  return {
    words: allWords.length,
    sentences: sentences.length,
    averageSentenceWords,
    longestSentence: longest,
    score: fleschScore(locale, averageSentenceWords, syllableCount / Math.max(1, allWords.length)),
    longestParagraphSentences: Math.max(0, ...units.filter((unit) => unit.kind === 'text').map((unit) => unit.sentences.length)),
  };
}

/** Limits from CONTENT-GUIDE.md, and a score that B1 text passes and newspaper prose fails. */
export const LIMITS = {
  minScore: 60,
  maxAverageSentenceWords: 15,
  maxSentenceWords: 25,
  maxParagraphSentences: 4,
  minWords: 500,
  maxWords: 1200,
} as const;
