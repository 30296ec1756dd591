/**
 * A plan "Wat accepteer ik, wat niet?" as stored on the device and written to backup files.
 * Dates with a time are ISO 8601 strings in UTC; calendar days ("from when", "look back on")
 * are local dates as "YYYY-MM-DD", the way <input type="date"> gives them.
 *
 * Items chosen from the catalogue keep only their catalogue id, so they read in whichever
 * language the app is in; the parent's own items keep their own words.
 */

/** The eight steps of the builder, in order. */
export const PLAN_STEPS = ['now', 'sort', 'start', 'change', 'contact', 'escalation', 'support', 'review'] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];

/** "I accept this for now" / "I no longer accept this" / "later". */
export const DECISIONS = ['accept', 'stop', 'later'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The groups of the situation catalogue (step 1). Own items may name one too. */
export const SITUATION_GROUPS = ['food', 'room', 'rhythm', 'money', 'school', 'family', 'safety'] as const;
export type SituationGroup = (typeof SITUATION_GROUPS)[number];

/** A start item has at most this many; the builder says why when a parent picks more. */
export const MAX_START_ITEMS = 2;

/** Limits shared by the builder, the repository and backup validation. */
export const PLAN_LIMITS = {
  idLength: 64,
  catalogueIdLength: 40,
  /** One line: a situation, a contact moment, a person. */
  shortText: 300,
  /** A few paragraphs: what I will do, the words I will use. */
  longText: 5_000,
  items: 100,
  listItems: 50,
  supporters: 30,
  plans: 500,
} as const;

/** A situation in the house now (step 1), and how the parent sorted it (step 2). */
export interface PlanItem {
  id: string;
  /** Set when chosen from the catalogue. */
  catalogueId?: string;
  /** The parent's own words; only for own items. */
  text?: string;
  /** Own items: the group the parent put it in (a 'safety' item can never be accepted). */
  group?: SituationGroup;
  /**
   * Own items: the parent's answer to "Is this about violence, threats or destruction?" (asked
   * once for every own item; "yes" also puts it in the 'safety' group, so an app from before
   * this field still never accepts it). Absent on items made before the builder asked.
   */
  aboutViolence?: boolean;
  /**
   * Own items: the parent answered the gentle "are you sure?" once, when first putting the item
   * under "accept for now"; it is not asked again for this item.
   */
  acceptConfirmed?: boolean;
  decision?: Decision;
}

/** What the parent will do differently about one start item (step 4). */
export interface PlanChange {
  itemId: string;
  /** What I will do, or stop doing: my own behaviour. */
  action: string;
  /** From which day, "YYYY-MM-DD"; empty while not chosen. */
  startsOn: string;
  /** The words I will use to announce it. */
  announcement: string;
}

/** A line in a list with suggestions: a suggestion (catalogue id) or the parent's own words. */
export interface PlanListItem {
  id: string;
  catalogueId?: string;
  text?: string;
}

/** Someone who supports the parent (step 7): kept on this device only. */
export interface Supporter {
  id: string;
  name: string;
  /** Who they are to the parent, or what they can do. */
  role: string;
}

export interface Plan {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** The step the parent was last on; the builder resumes there. */
  step: PlanStep;
  /** Steps 1 and 2. */
  items: PlanItem[];
  /** Step 3: ids of items decided 'stop'; at most MAX_START_ITEMS. */
  startItemIds: string[];
  /** Step 4: one per start item (kept when an item is unchosen, in case it is chosen again). */
  changes: PlanChange[];
  /** Step 5. */
  contact: PlanListItem[];
  /** Step 6. */
  escalation: {
    responses: PlanListItem[];
    /** Who I call when it escalates: names and numbers, in the parent's words. */
    whoToCall: string;
  };
  /** Step 7. */
  supporters: Supporter[];
  /** Step 8: "YYYY-MM-DD"; empty while not chosen. From this day home says "time to look back". */
  reviewOn: string;
  /** When the parent went through all eight steps and chose "done"; absent while building. */
  completedAt?: string;
  /** How many times this plan was saved (see DiaryEntry.revision); absent counts as 0. */
  revision?: number;
}

export function isPlanStep(value: unknown): value is PlanStep {
  return (PLAN_STEPS as readonly unknown[]).includes(value);
}

/** Newest first by when the plan was made; ties broken by id so the order is stable. */
export function byNewestPlan(a: Pick<Plan, 'id' | 'createdAt'>, b: Pick<Plan, 'id' | 'createdAt'>): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
