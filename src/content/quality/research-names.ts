import type { Locale } from '../../app/locales';
import { stripInline } from './prose';

/**
 * Research, programme, author and source names in the reading text (usability review 2026-12, problem 15).
 * A parent at 2 a.m. needs to read what an approach does ("you change your own behaviour, not your
 * child's"), not what it is called or who wrote about it. The names live in the module's front-matter
 * `sources`, which the app shows under the text.
 *
 * One exception: a section whose heading is about finding help ("Wanneer hulp zoeken", "Welke hulp is er
 * voor mij als ouder?", "When to seek help"). There a parent may need the name of a training or therapy
 * to ask for it, so a name may stand there (the content guide asks for one plain explanation with it).
 *
 * Services a parent calls or visits (113, Veilig Thuis, 1712, Similes, Compaan, the GP ...) are not
 * research names and are not listed. The list is kept short on purpose: it catches the names the
 * review found and the names the modules cite in their sources; add one when a new source comes in.
 */
export interface ResearchNameHit {
  name: string;
  section: string;
  sentence: string;
}

/** Acronyms are matched with their case ("SPACE", not "space"); phrases without case. */
const exact = (name: string) => ({ name, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'u') });
const anyCase = (name: string) => ({ name, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'iu') });

const SHARED = [
  exact('SPACE'),
  exact('CRAFT'),
  exact('NVR'),
  exact('DSM'),
  exact('Yale'),
  exact('Lebowitz'),
  exact('Omer'),
  exact('Weinblatt'),
  exact('Silverman'),
  exact('Bowlby'),
  exact('Saitō'),
  exact('Saito'),
  exact('Muris'),
  exact('Willem de Jong'),
  anyCase('Circle of Security'),
  anyCase('Volkskrant'),
  anyCase('Balans Magazine'),
  anyCase('Het Vergeten Kind'),
  anyCase('Hotelouders'),
];

export const RESEARCH_NAMES: Record<Locale, readonly { name: string; pattern: RegExp }[]> = {
  nl: [...SHARED, anyCase('Nieuwe Autoriteit'), anyCase('geweldloos verzet'), anyCase('cognitieve gedragstherapie'), anyCase('accommodatie')],
  en: [
    ...SHARED,
    anyCase('New Authority'),
    anyCase('non-?violent resistance'),
    anyCase('cognitive[ -]behaviou?ral therapy'),
    anyCase('accommodation'),
  ],
};

/** Headings of the sections where a name may stand because a parent may need it to ask for help. */
export const HELP_HEADING: Record<Locale, RegExp> = {
  nl: /^(wanneer hulp zoeken|welke hulp)\b/i,
  en: /^(when to seek help|what help)\b/i,
};

export function researchNamesInBody(markdown: string, locale: Locale): ResearchNameHit[] {
  const hits: ResearchNameHit[] = [];
  let section = '';
  for (const line of markdown.split('\n')) {
    const heading = /^## +(.+?)\s*$/.exec(line);
    if (heading) {
      section = heading[1]!;
      continue;
    }
    if (HELP_HEADING[locale].test(section) || /^#{1,6}\s/.test(line)) continue;
    const text = stripInline(line);
    for (const { name, pattern } of RESEARCH_NAMES[locale]) {
      if (pattern.test(text)) hits.push({ name, section, sentence: text });
    }
  }
  return hits;
}
