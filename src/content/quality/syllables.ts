import type { Locale } from '../../app/locales';

/** Dutch: each vowel group is a syllable; a diaeresis (geïsoleerd, reünie) starts a new one. */
function dutchSyllables(word: string): number {
  const groups = word
    .toLowerCase()
    .replace(/[ëïöüä]/g, (c) => ` ${c}`)
    .match(/[aeiouyàáâäèéêëìíîïòóôöùúûü]+/g);
  return Math.max(1, groups?.length ?? 0);
}

/** English: vowel groups, less a silent final e (but "-le" as in "little" keeps its syllable). */
function englishSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, w.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

export function syllables(word: string, locale: Locale): number {
  return locale === 'nl' ? dutchSyllables(word) : englishSyllables(word);
}
