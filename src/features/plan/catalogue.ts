import type { SituationGroup } from '../../storage/plans/plan';

/**
 * The suggestions the builder offers. Ids are permanent: plans and backup files store them,
 * and the words live in the locale files under `plan.catalogue.<id>` (situations),
 * `plan.contactIdeas.<id>`, `plan.escalationIdeas.<id>` and `plan.supporterRoles.<id>`.
 */
export const SITUATIONS: readonly { id: string; group: SituationGroup }[] = [
  // Food and care
  { id: 'meals-to-room', group: 'food' },
  { id: 'cook-on-demand', group: 'food' },
  { id: 'shop-on-demand', group: 'food' },
  { id: 'laundry-done', group: 'food' },
  // Room and hygiene
  { id: 'room-closed', group: 'room' },
  { id: 'clear-up-room', group: 'room' },
  { id: 'hygiene-unmentioned', group: 'room' },
  // Day rhythm and screens
  { id: 'house-quiet-daytime', group: 'rhythm' },
  { id: 'screens-all-night', group: 'rhythm' },
  { id: 'wake-and-remind', group: 'rhythm' },
  // Money
  { id: 'money-no-agreement', group: 'money' },
  { id: 'pay-games', group: 'money' },
  { id: 'pay-debts', group: 'money' },
  // School and work
  { id: 'excuses-school', group: 'school' },
  { id: 'arrange-everything', group: 'school' },
  { id: 'future-taboo', group: 'school' },
  // Family life
  { id: 'no-visitors', group: 'family' },
  { id: 'keep-secret', group: 'family' },
  { id: 'siblings-adjust', group: 'family' },
  { id: 'no-outings', group: 'family' },
  { id: 'walk-on-eggshells', group: 'family' },
  // Aggression and safety: never "accept"
  { id: 'shouting-threats', group: 'safety' },
  { id: 'hitting-pushing', group: 'safety' },
  { id: 'breaking-things', group: 'safety' },
  { id: 'afraid-at-home', group: 'safety' },
];

/** Step 5: contact the parent keeps offering, whatever happens. */
export const CONTACT_IDEAS = ['knock-good-night', 'meal-fixed-time', 'shared-interest', 'short-message', 'note-at-door', 'ask-what-they-want', 'sit-nearby'] as const;

/** Step 6: what I do when it escalates. */
export const ESCALATION_IDEAS = ['stay-calm', 'delay', 'step-away', 'no-argument', 'protect-others', 'reconcile-later'] as const;

/** Step 7: who a supporter can be (a suggestion list for the role field). */
export const SUPPORTER_ROLES = ['partner', 'family', 'friend', 'neighbour', 'peer-parent', 'counsellor', 'gp', 'school'] as const;

/**
 * Situations about meals and shopping: food is never the lever (CONTENT-GUIDE.md), so a change here
 * is about where or when food is, never whether there is any; the builder says so beside it.
 */
const FOOD_SITUATIONS: readonly string[] = ['meals-to-room', 'cook-on-demand', 'shop-on-demand'];

export function isFoodItem(item: { catalogueId?: string }): boolean {
  return item.catalogueId !== undefined && FOOD_SITUATIONS.includes(item.catalogueId);
}

const BY_ID = new Map(SITUATIONS.map((situation) => [situation.id, situation]));

export function situationById(id: string) {
  return BY_ID.get(id);
}
