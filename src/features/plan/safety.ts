import type { PlanItem } from '../../storage/plans/plan';
import { situationById } from './catalogue';

/**
 * Words that may mean violence, threats or destruction, in Dutch and English. They never decide
 * on their own ("hij dreigt te stoppen met school", "he hits the sack"): when an own item has
 * one, step 1 asks the parent whether it is about violence at home.
 * Whole words or clear stems only: "kapot" alone is left out ("ik ben kapot" means "I am worn
 * out"), and so are "bang" and "afraid", which parents use for worries of every kind.
 */
const VIOLENCE = new RegExp(
  [
    // Dutch
    'geslagen', 'schop(?:t|pen)?', 'geschopt', 'duw(?:t|en)?', 'geduwd', 'stomp(?:t|en)?',
    '(?:be)?dreig(?:t|en|ing|ingen|de|den)?', 'gedreigd', 'geweld(?:dig)?', 'agressie(?:f)?', 'mes(?:sen)?',
    'verniel(?:t|en|d|ing)?', 'kapot\\s*(?:maken|gemaakt|maakt|gooien|gooit|slaan|slaat|geslagen)', 'gooit\\s+(?:met|naar)',
    // English
    'hit(?:s|ting)?', 'punch(?:es|ed|ing)?', 'kick(?:s|ed|ing)?', 'push(?:es|ed|ing)?', 'shov(?:e|es|ed|ing)',
    'threat(?:s|en|ens|ened|ening)?', 'violen(?:ce|t)', 'aggressi(?:on|ve)', 'knife', 'knives',
    'smash(?:es|ed|ing)?', 'destroy(?:s|ed|ing)?', 'throws?\\s+things', 'break(?:s|ing)?\\s+things',
  ].join('|'),
  'i',
);
const WORD = new RegExp(`(?:^|[^\\p{L}])(?:${VIOLENCE.source})(?=$|[^\\p{L}])`, 'iu');

/**
 * "slaan" (to hit) is also part of "overslaan" (to skip: "hij slaat het ontbijt over") and
 * "opslaan" (to save): a sentence that ends in such a particle is not about hitting. And
 * "aan de slag" means "getting to work".
 */
const HIT = /(?:^|[^\p{L}])(?:sla(?:at|an|g|gen)?|sloeg(?:en)?)(?=$|[^\p{L}])/iu;
const SEPARATED = /(?:^|[^\p{L}])(?:over|op|aan|af|om|door)[\s.!?]*$/iu;
const TO_WORK = /(?:^|[^\p{L}])aan\s+de\s+slag(?=$|[^\p{L}])/giu;

/** True when an own item has a word that may be about violence: the builder then asks. */
export function mentionsViolence(text: string): boolean {
  const rest = text.replace(TO_WORK, ' ');
  return WORD.test(rest) || (HIT.test(rest) && !SEPARATED.test(rest));
}

/**
 * Violence, threats, destruction or fear at home: never something a plan accepts. A catalogue
 * item by its group; an own item only when the parent put it in the safety group (step 1 asks
 * when the words suggest it).
 */
export function isSafetyItem(item: PlanItem): boolean {
  if (item.catalogueId !== undefined) return situationById(item.catalogueId)?.group === 'safety';
  return item.group === 'safety';
}

/**
 * A rough sign that a "what will I do" text is about what the child must do, not the parent:
 * the builder then nudges gently. It never blocks.
 */
const CHILD_MUST = /(?:^|[^\p{L}])(?:(?:hij|zij|ze|jij|je|mijn (?:zoon|dochter|kind)) (?:moet|gaat|mag niet)|moet (?:hij|zij|ze|jij|je)|(?:he|she|they|you|my (?:son|daughter|child)) (?:must|has to|have to|should|needs to|need to|will have to))(?=$|[^\p{L}])/iu;

export function soundsLikeChildsTask(text: string): boolean {
  return CHILD_MUST.test(text);
}
