import type { Options } from 'minisearch';

/** One searchable document per module; the section that matches is found when results are shown. */
export interface ModuleDocument {
  id: string;
  title: string;
  summary: string;
  tags: string;
  headings: string;
  text: string;
}

/** Lowercase and without accents: "Geïsoleerd" and "geisoleerd" are the same term. */
export function foldTerm(term: string): string {
  return term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The most common words of both languages: they make the index large and never help a search. */
const STOP_WORDS = new Set(
  (
    'de het een en of in op aan van voor met te dat die dit is zijn was je jij jouw jullie je ik mij me mijn hij zij ze hem haar wij we ons onze u uw er niet wel ook als dan maar om bij tot naar uit over door nog al wat wie hoe waar heeft hebt heb hebben kan kun kunt kunnen wil wilt willen moet moeten zal zult zou zouden wordt worden werd meer veel zo dus nu want of omdat dat ' +
    'the a an and or in on at of for with to that this these those is are was were be been it its you your he she his her they them their we our i me my not also if then but so as by from about into out up no do does did have has had can could will would should there what who how when which than more'
  ).split(' '),
);

/** Shared by the build (index) and the browser (loading and querying): they must match. */
export const SEARCH_OPTIONS: Options<ModuleDocument> = {
  fields: ['title', 'summary', 'tags', 'headings', 'text'],
  storeFields: [],
  processTerm: (term) => {
    const folded = foldTerm(term);
    return STOP_WORDS.has(folded) ? null : folded;
  },
};

export const QUERY_OPTIONS = {
  prefix: true,
  // Typos are forgiven in longer words only: in short ones one letter makes another word ("gamen", "samen").
  fuzzy: (term: string) => (term.length > 5 ? 0.2 : false),
  combineWith: 'AND' as const,
  boost: { title: 3, tags: 2.5, headings: 2, summary: 1.5 },
  processTerm: (term: string) => foldTerm(term),
};
