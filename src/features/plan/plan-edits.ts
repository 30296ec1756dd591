import { MAX_START_ITEMS, type Decision, type Plan, type PlanChange, type PlanItem } from '../../storage/plans/plan';
import { isSafetyItem, needsAcceptCheck } from './safety';

/**
 * Pure changes to a plan: each returns a new plan (or says why it refused), so the builder's
 * screens stay simple and every rule is tested without a browser.
 */

export function newPlan(id: string, now: Date): Plan {
  const at = now.toISOString();
  return {
    id,
    createdAt: at,
    updatedAt: at,
    step: 'now',
    items: [],
    startItemIds: [],
    changes: [],
    contact: [],
    escalation: { responses: [], whoToCall: '' },
    supporters: [],
    reviewOn: '',
  };
}

/**
 * A new plan that starts as a copy of an earlier one: everything the parent wrote and chose,
 * with new ids (so diary entries about the old plan stay with the old plan), from step 1,
 * without a review date and not yet done.
 */
export function copyPlan(from: Plan, id: string, now: Date, newId: () => string): Plan {
  const ids = new Map(from.items.map((item) => [item.id, newId()]));
  const at = now.toISOString();
  return {
    id,
    createdAt: at,
    updatedAt: at,
    step: 'now',
    items: from.items.map((item) => ({ ...item, id: ids.get(item.id)! })),
    startItemIds: from.startItemIds.flatMap((itemId) => (ids.has(itemId) ? [ids.get(itemId)!] : [])),
    changes: from.changes.flatMap((change) => (ids.has(change.itemId) ? [{ ...change, itemId: ids.get(change.itemId)! }] : [])),
    contact: from.contact.map((line) => ({ ...line, id: newId() })),
    escalation: { responses: from.escalation.responses.map((line) => ({ ...line, id: newId() })), whoToCall: from.escalation.whoToCall },
    supporters: from.supporters.map((person) => ({ ...person, id: newId() })),
    reviewOn: '',
  };
}

/** Adds or removes a catalogue situation (step 1). Removing also drops its start choice and change. */
export function toggleSituation(plan: Plan, catalogueId: string, newId: () => string): Plan {
  const existing = plan.items.find((item) => item.catalogueId === catalogueId);
  if (existing) return removeItem(plan, existing.id);
  return { ...plan, items: [...plan.items, { id: newId(), catalogueId }] };
}

/**
 * Adds the parent's own situation (step 1), with her answer to "is this about violence?":
 * "yes" also puts it in the safety group, so it can never be accepted.
 */
export function addOwnItem(plan: Plan, item: Omit<PlanItem, 'catalogueId' | 'decision' | 'acceptConfirmed'> & { text: string }): Plan {
  const group = item.aboutViolence ? 'safety' : item.group;
  return {
    ...plan,
    items: [...plan.items, { id: item.id, text: item.text, ...(group ? { group } : {}), ...(item.aboutViolence !== undefined ? { aboutViolence: item.aboutViolence } : {}) }],
  };
}

/**
 * The parent's answer about an own item: is it about violence, threats or destruction? "Yes"
 * makes it a safety item (an "accept" it had is dropped); "no" keeps it ordinary. A yes can
 * also come later, from the gentle question when she puts it under "accept".
 */
export function answerViolence(plan: Plan, itemId: string, aboutViolence: boolean): Plan {
  return {
    ...plan,
    items: plan.items.map((item) => {
      if (item.id !== itemId || item.catalogueId !== undefined) return item;
      if (!aboutViolence) return { ...item, aboutViolence: false };
      const { acceptConfirmed: _asked, decision, ...rest } = item;
      return { ...rest, group: 'safety', aboutViolence: true, ...(decision && decision !== 'accept' ? { decision } : {}) };
    }),
  };
}

/** "Yes, I accept this for now": the answer to the gentle question, so it is asked once per item. */
export function confirmAccept(plan: Plan, itemId: string): DecisionResult {
  const item = plan.items.find((candidate) => candidate.id === itemId);
  if (!item) return { ok: true, plan };
  if (isSafetyItem(item)) return { ok: false, reason: 'safety' };
  const confirmed = item.catalogueId === undefined ? { ...item, aboutViolence: false, acceptConfirmed: true } : item;
  return decide({ ...plan, items: plan.items.map((candidate) => (candidate.id === itemId ? confirmed : candidate)) }, itemId, 'accept');
}

/** Removes an item, with its start choice and what the parent wrote about it in step 4. */
export function removeItem(plan: Plan, itemId: string): Plan {
  return {
    ...plan,
    items: plan.items.filter((item) => item.id !== itemId),
    startItemIds: plan.startItemIds.filter((id) => id !== itemId),
    changes: plan.changes.filter((change) => change.itemId !== itemId),
  };
}

/** 'safety': never "accept"; 'check': an own item waits for the gentle "are you sure?" first. */
export type DecisionResult = { ok: true; plan: Plan } | { ok: false; reason: 'safety' | 'check' };

/**
 * Sorts one item (step 2). Violence, threats, destruction and fear are never "accept"; an own
 * item goes under "accept" once the parent answered the gentle question (confirmAccept).
 * An item that is no longer "stop" leaves the start choice.
 */
export function decide(plan: Plan, itemId: string, decision: Decision): DecisionResult {
  const item = plan.items.find((candidate) => candidate.id === itemId);
  if (!item) return { ok: true, plan };
  if (decision === 'accept' && isSafetyItem(item)) return { ok: false, reason: 'safety' };
  if (decision === 'accept' && item.decision !== 'accept' && needsAcceptCheck(item)) return { ok: false, reason: 'check' };
  return {
    ok: true,
    plan: {
      ...plan,
      items: plan.items.map((candidate) => (candidate.id === itemId ? { ...candidate, decision } : candidate)),
      startItemIds: decision === 'stop' ? plan.startItemIds : plan.startItemIds.filter((id) => id !== itemId),
    },
  };
}

/**
 * Items that were accepted before the parent marked them (or a copy of them) as safety items
 * lose that decision: the plan never keeps violence under "accept".
 */
export function withoutAcceptedSafety(plan: Plan): Plan {
  if (!plan.items.some((item) => item.decision === 'accept' && isSafetyItem(item))) return plan;
  return { ...plan, items: plan.items.map((item) => (item.decision === 'accept' && isSafetyItem(item) ? withoutDecision(item) : item)) };
}

function withoutDecision(item: PlanItem): PlanItem {
  const { decision: _dropped, ...rest } = item;
  return rest;
}

export type StartResult = { ok: true; plan: Plan } | { ok: false; reason: 'tooMany' | 'notStop' };

/** Picks or unpicks a start item (step 3): only "no longer accept" items, at most two. */
export function toggleStart(plan: Plan, itemId: string): StartResult {
  if (plan.startItemIds.includes(itemId)) return { ok: true, plan: { ...plan, startItemIds: plan.startItemIds.filter((id) => id !== itemId) } };
  const item = plan.items.find((candidate) => candidate.id === itemId);
  if (item?.decision !== 'stop') return { ok: false, reason: 'notStop' };
  if (plan.startItemIds.length >= MAX_START_ITEMS) return { ok: false, reason: 'tooMany' };
  return { ok: true, plan: { ...plan, startItemIds: [...plan.startItemIds, itemId] } };
}

/** The chosen start items, in the order they were chosen, that are still "no longer accept". */
export function startItems(plan: Plan): PlanItem[] {
  return plan.startItemIds.flatMap((id) => plan.items.filter((item) => item.id === id && item.decision === 'stop'));
}

export function changeFor(plan: Plan, itemId: string): PlanChange {
  return plan.changes.find((change) => change.itemId === itemId) ?? { itemId, action: '', startsOn: '', announcement: '' };
}

export function updateChange(plan: Plan, itemId: string, patch: Partial<Omit<PlanChange, 'itemId'>>): Plan {
  const next = { ...changeFor(plan, itemId), ...patch };
  const others = plan.changes.filter((change) => change.itemId !== itemId);
  return { ...plan, changes: [...others, next] };
}

/** Adds or removes a suggestion in a list (contact ideas, escalation responses). */
export function toggleIdea<T extends { id: string; catalogueId?: string }>(list: readonly T[], catalogueId: string, make: (catalogueId: string) => T): T[] {
  return list.some((line) => line.catalogueId === catalogueId) ? list.filter((line) => line.catalogueId !== catalogueId) : [...list, make(catalogueId)];
}
