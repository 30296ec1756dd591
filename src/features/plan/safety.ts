import type { PlanItem } from '../../storage/plans/plan';
import { situationById } from './catalogue';

/** Things a child throws at home: "hij gooide zijn bord", "she threw a plate". */
const THROWN_NL = "(?:bord(?:en)?|glas|glazen|beker(?:s)?|mok(?:ken)?|kop(?:je)?(?:s|pen)?|telefoon|mobiel(?:tje)?|laptop|controller|stoel(?:en)?|spullen|dingen|eten|boeken|schoen(?:en)?|afstandsbediening|tv|vaas|lamp|iets|alles)";
const THROWN_EN = '(?:things|stuff|plates?|cups?|glass(?:es)?|chairs?|phones?|food|objects?|something|everything)';
/** Words between a verb and what it is done to: "gooide (zijn) bord", "trapte (hard) tegen". */
const FEW = '(?:\\p{L}+\\s+){0,2}';
/** Not right after "er", "daar" or "hier" ("ik wil er iets aan doen"). */
const NOT_ER = '(?<!(?:^|[^\\p{L}])(?:er|daar|hier)\\s+)';

/**
 * Words that may mean violence, threats or destruction, in Dutch and English, in every tense
 * ("schopt", "schopte", "geschopt", "kapotgeschopt"). They never decide on their own ("hij
 * dreigt te stoppen met school", "he hits the sack"): they only make the builder suggest "yes"
 * when it asks the parent whether an own item is about violence (it asks about every own item).
 * Whole words or clear stems only: "kapot" alone is left out ("ik ben kapot" means "I am worn
 * out"), and so are "bang" and "afraid", which parents use for worries of every kind. "trap" is
 * also a staircase, so only its verb forms count ("trapt", "trapte", "getrapt", "trappen tegen"),
 * and "gooien" only with what is thrown or at whom ("hij gooit het over een andere boeg" is not).
 */
const VIOLENCE = [
  // Dutch: kicking, pushing, punching, throwing
  'schop(?:t|pen|te|ten)?', '(?:kapot|stuk)?geschopt',
  'duw(?:t|en|de|den)?', 'geduwd', 'stomp(?:t|en|te|ten)?', 'gestompt',
  'trapt(?:e|en)?', '(?:kapot|stuk)?getrapt', 'trap(?:pen)?\\s+(?:tegen|naar|kapot|stuk)',
  `(?:gooi(?:t|en|de|den)?|smijt|smijten)\\s+(?:met|naar|tegen|kapot|stuk|${FEW}${THROWN_NL})`,
  '(?:kapot|stuk)?gegooid', 'smeet', 'smeten', '(?:kapot|stuk)?gesmeten',
  'geslagen', 'slaag', 'knok(?:t|ken)', 'geknokt', 'vechtpartij(?:en)?', 'wurg(?:t|de|en)?', 'gewurgd',
  // Dutch: threats, violence, destruction, hurting
  '(?:be)?dreig(?:t|en|ing|ingen|de|den)?', '(?:be)?gedreigd', 'bedreigd', 'geweld(?:dig)?', 'agressie(?:f)?', 'mes(?:sen)?',
  'verniel(?:t|en|d|de|den|ing)?',
  '(?:kapot|stuk)\\s*(?:maken|gemaakt|maakt|maakte|maakten|gooien|gooit|gooide|slaan|slaat|sloeg|geslagen|trappen|trapt|trapte|schoppen|schopt|schopte)',
  'pijn\\s+(?:doen|gedaan|te\\s+doen)', '(?:doet|deed|deden)\\s+(?:me|mij|ons|hem|haar|zichzelf|zich)\\s+pijn',
  // "iemand iets aandoen" is harm; "er iets aan doen" is dealing with something.
  `${NOT_ER}(?:iets|wat)\\s+aan\\s*(?:te\\s+doen|doen|doet|deed|deden|gedaan)`,
  `(?:doet|doen|deed)\\s+(?:\\p{L}+\\s+){0,3}${NOT_ER}(?:iets|wat)\\s+aan`,
  '(?:zichzelf|zich|me|mij|hem|haar|ons|iemand)\\s+(?:iets|wat)\\s+aan',
  // English
  'hit(?:s|ting)?', 'punch(?:es|ed|ing)?', 'kick(?:s|ed|ing)?', 'push(?:es|ed|ing)?', 'shov(?:e|es|ed|ing)',
  'slap(?:s|ped|ping)?', 'beat(?:s|ing)?\\s+(?:me|him|her|them|us|up)', 'beaten', 'attack(?:s|ed|ing)?', 'strangl(?:e|es|ed|ing)',
  'hurt(?:s|ing)?\\s+(?:me|him|her|them|us|himself|herself|themselves|myself|someone|somebody)',
  'threat(?:s|en|ens|ened|ening)?', 'violen(?:ce|t)', 'aggressi(?:on|ve)', 'knife', 'knives',
  'smash(?:es|ed|ing)?', 'destroy(?:s|ed|ing)?', 'wreck(?:s|ed|ing)?',
  `(?:throw(?:s|ing)?|threw|thrown)\\s+(?:at|(?:his|her|their|my|a|the|some)?\\s*${THROWN_EN}|(?:it|them|that|this|something)\\s+at)`,
  `(?:break(?:s|ing)?|broke|broken)\\s+(?:(?:his|her|their|my|a|the|some)\\s+)?(?:things|stuff|doors?|windows?|plates?|furniture)`,
].join('|');
const WORD = new RegExp(`(?:^|[^\\p{L}])(?:${VIOLENCE})(?=$|[^\\p{L}])`, 'iu');

/**
 * "slaan" (to hit) is also part of "overslaan" (to skip: "hij slaat het ontbijt over") and
 * "opslaan" (to save): a sentence that ends in such a particle is not about hitting. And
 * "aan de slag" means "getting to work".
 */
const HIT = /(?:^|[^\p{L}])(?:sla(?:at|an|g|gen)?|sloeg(?:en)?)(?=$|[^\p{L}])/iu;
const SEPARATED = /(?:^|[^\p{L}])(?:over|op|aan|af|om|door)[\s.!?]*$/iu;
const TO_WORK = /(?:^|[^\p{L}])aan\s+de\s+slag(?=$|[^\p{L}])/giu;

/** True when an own item has words that may be about violence: the builder then suggests "yes". */
export function mentionsViolence(text: string): boolean {
  const rest = text.replace(TO_WORK, ' ');
  return WORD.test(rest) || (HIT.test(rest) && !SEPARATED.test(rest));
}

/**
 * Violence, threats, destruction or fear at home: never something a plan accepts. A catalogue
 * item by its group; an own item when the parent said so (step 1 asks about every own item) or
 * put it in the safety group.
 */
export function isSafetyItem(item: PlanItem): boolean {
  if (item.catalogueId !== undefined) return situationById(item.catalogueId)?.group === 'safety';
  return item.group === 'safety' || item.aboutViolence === true;
}

/** An own item the parent has not yet been asked about (plans made before the builder asked). */
export function needsSafetyAnswer(item: PlanItem): boolean {
  return item.catalogueId === undefined && item.aboutViolence === undefined && item.group !== 'safety';
}

/**
 * "Accept" on an own item waits for one more gentle question ("are you sure?") until the parent
 * has answered it once for this item.
 */
export function needsAcceptCheck(item: PlanItem): boolean {
  return item.catalogueId === undefined && !isSafetyItem(item) && item.acceptConfirmed !== true;
}

/**
 * Whether the printed plan may list this item under "Dit accepteer ik voor nu": never a safety
 * item, and never an own item from before the builder asked whose words sound like violence
 * (it shows under "not sorted yet" until the parent answers the question in step 2).
 */
export function showsAsAccepted(item: PlanItem): boolean {
  if (item.decision !== 'accept' || isSafetyItem(item)) return false;
  return !(needsSafetyAnswer(item) && mentionsViolence(item.text ?? ''));
}

/**
 * A rough sign that a "what will I do" text is about what the child must do, not the parent:
 * the builder then nudges gently. It never blocks.
 */
const CHILD_MUST = /(?:^|[^\p{L}])(?:(?:hij|zij|ze|jij|je|mijn (?:zoon|dochter|kind)) (?:moet|gaat|mag niet)|moet (?:hij|zij|ze|jij|je)|(?:he|she|they|you|my (?:son|daughter|child)) (?:must|has to|have to|should|needs to|need to|will have to))(?=$|[^\p{L}])/iu;

export function soundsLikeChildsTask(text: string): boolean {
  return CHILD_MUST.test(text);
}
