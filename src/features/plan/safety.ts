import type { PlanItem } from '../../storage/plans/plan';
import { situationById } from './catalogue';

/**
 * Words that mark an own item as violence, threats or destruction, in Dutch and English.
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
 * "opslaan" (to save): a sentence that ends in such a particle is not about hitting.
 */
const HIT = /(?:^|[^\p{L}])(?:sla(?:at|an|g|gen)?|sloeg(?:en)?)(?=$|[^\p{L}])/iu;
const SEPARATED = /(?:^|[^\p{L}])(?:over|op|aan|af|om|door)[\s.!?]*$/iu;

export function mentionsViolence(text: string): boolean {
  return WORD.test(text) || (HIT.test(text) && !SEPARATED.test(text));
}

/** Violence, threats, destruction or fear at home: never something a plan accepts. */
export function isSafetyItem(item: PlanItem): boolean {
  if (item.catalogueId !== undefined) return situationById(item.catalogueId)?.group === 'safety';
  return item.group === 'safety' || mentionsViolence(item.text ?? '');
}

/**
 * A rough sign that a "what will I do" text is about what the child must do, not the parent:
 * the builder then nudges gently. It never blocks.
 */
const CHILD_MUST = /(?:^|[^\p{L}])(?:(?:hij|zij|ze|jij|je|mijn (?:zoon|dochter|kind)) (?:moet|gaat|mag niet)|moet (?:hij|zij|ze|jij|je)|(?:he|she|they|you|my (?:son|daughter|child)) (?:must|has to|have to|should|needs to|need to|will have to))(?=$|[^\p{L}])/iu;

export function soundsLikeChildsTask(text: string): boolean {
  return CHILD_MUST.test(text);
}
