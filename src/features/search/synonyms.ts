import type { Locale } from '../../app/locales';

/**
 * The words a parent types after a bad night, and the words the modules use for the same thing.
 *
 * Why: the modules speak calmly ("ruzie", "als het botst", "escalatie", "geweld", "dreigen"); a parent
 * at 01:30 types "agressie", "woede", "geschreeuw" or "slaan". Without this list those searches found
 * nothing (usability walkthrough 2026-12, problem 8).
 *
 * How it is used (see query-expansion.ts): a query word that starts with one of the `when` stems is
 * also searched as each of the `find` words (as prefixes), and its results are added to those of the
 * word itself. In Dutch a leading "ge" is tried off too, so "geschreeuw" meets "schreeuw" and
 * "geschopt" meets "schop". Everything is written folded: lowercase, no accents.
 *
 * Keep it small and reviewed: a stem here widens every search that starts with it, so leave out
 * words with a common second meaning (nl "trap" is also a staircase, "kapot" also means worn out,
 * "duw" would catch "een duwtje in de rug";
 * en "push" is also "pressure", "hurt" points at self-harm, which has its own module words).
 * Reviewed for the December 2026 release against the nl and en module texts.
 */
export interface SynonymGroup {
  /** What the parent may type: stems (a query word matches when it starts with one). */
  when: readonly string[];
  /** Whole words only, where the stem would catch another word ("duwt" is not "duwtje"). */
  whole?: readonly string[];
  /** What the modules say: searched as prefixes in addition to the parent's own word. */
  find: readonly string[];
}

export const SYNONYMS: Record<Locale, readonly SynonymGroup[]> = {
  nl: [
    {
      // A row, shouting, anger: the modules on staying calm and de-escalating.
      when: ['agressi', 'woed', 'boos', 'kwaad', 'razend', 'drift', 'ruzie', 'conflict', 'schreeuw', 'gillen', 'gilt', 'krijs', 'scheld', 'schold', 'bots', 'escal', 'ontplof', 'uitbarst'],
      find: ['ruzie', 'bots', 'escal', 'boosheid', 'rustig'],
    },
    {
      // Violence and threats against the parent or the home.
      when: ['geweld', 'slaan', 'slaat', 'sloeg', 'geslagen', 'schop', 'trapt', 'stomp', 'duwen', 'duwde', 'geduwd', 'vecht', 'gevochten', 'dreig', 'bedreig', 'mishandel', 'verniel', 'agressi'],
      whole: ['duwt'],
      find: ['geweld', 'dreig', 'slaan', 'slaat', 'agressie', 'escal'],
    },
  ],
  en: [
    {
      // A row, shouting, anger.
      when: ['aggress', 'anger', 'angry', 'rage', 'raging', 'furious', 'fury', 'tantrum', 'outburst', 'shout', 'yell', 'scream', 'swear', 'argu', 'quarrel', 'fight', 'fought', 'clash', 'escalat', 'conflict'],
      find: ['fight', 'clash', 'escalat', 'anger', 'angry', 'calm'],
    },
    {
      // Violence and threats against the parent or the home.
      when: ['violen', 'hit', 'punch', 'kick', 'shove', 'beat', 'assault', 'abuse', 'smash', 'threat', 'aggress'],
      find: ['violence', 'violent', 'threat', 'hit', 'aggression'],
    },
  ],
};
