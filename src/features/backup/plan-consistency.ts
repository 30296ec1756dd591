import { MAX_START_ITEMS, type Plan, type PlanItem } from '../../storage/plans/plan';
import { isSafetyItem } from '../plan/safety';
import type { BackupProblem } from './backup-format';

/**
 * The rules of a plan that compare one field with another, checked after the schema (which
 * checks each field on its own). A plan in a backup file must:
 * - give every item, contact line, escalation response and supporter an id that is unique
 *   within its list;
 * - choose at most MAX_START_ITEMS start items, each once, each an item of this plan that
 *   the parent decided to 'stop';
 * - describe changes only for items of this plan, at most one per item.
 */
export type PlanField = 'items' | 'startItemIds' | 'changes' | 'contact' | 'escalation' | 'supporters';

/** The first field of the plan that breaks a rule above, or null when the plan is consistent. */
export function inconsistentPlanField(plan: Plan): PlanField | null {
  const items = new Map<string, PlanItem>();
  for (const item of plan.items) {
    if (items.has(item.id)) return 'items';
    items.set(item.id, item);
  }

  if (plan.startItemIds.length > MAX_START_ITEMS || hasDuplicates(plan.startItemIds)) return 'startItemIds';
  if (plan.startItemIds.some((id) => items.get(id)?.decision !== 'stop')) return 'startItemIds';

  const changed = plan.changes.map((change) => change.itemId);
  if (hasDuplicates(changed) || changed.some((id) => !items.has(id))) return 'changes';

  if (hasDuplicates(plan.contact.map((line) => line.id))) return 'contact';
  if (hasDuplicates(plan.escalation.responses.map((line) => line.id))) return 'escalation';
  if (hasDuplicates(plan.supporters.map((person) => person.id))) return 'supporters';
  return null;
}

/**
 * The first plan that breaks a rule (1-based position and field), then the first plan whose
 * id an earlier plan already has. Null when every plan is consistent.
 */
export function firstPlanProblem(plans: readonly Plan[]): BackupProblem | null {
  for (const [index, plan] of plans.entries()) {
    const field = inconsistentPlanField(plan);
    if (field) return { code: 'invalidPlan', plan: index + 1, field };
  }
  const seen = new Map<string, number>();
  for (const [index, plan] of plans.entries()) {
    const earlier = seen.get(plan.id);
    if (earlier !== undefined) return { code: 'duplicatePlanId', plan: index + 1, otherPlan: earlier + 1 };
    seen.set(plan.id, index);
  }
  return null;
}

/**
 * The plan as a backup file carries it, so that Kier never writes a file it would refuse.
 * The builder can leave behind what the rules above forbid, and this drops exactly that:
 * - a change for an item that was removed from the plan (nothing can show it any more);
 * - a start choice that is no longer an item decided 'stop', a repeated one, or one over the
 *   maximum;
 * - 'accept' on a safety item (as the builder does when an item turns out to be one).
 * A consistent plan comes back unchanged (the same object).
 */
export function withConsistentLinks(plan: Plan): Plan {
  if (inconsistentPlanField(plan) === null) return withSafeDecisions(plan);
  const items = plan.items.map((item) => (item.decision === 'accept' && isSafetyItem(item) ? withoutDecision(item) : item));
  const stops = new Set(items.filter((item) => item.decision === 'stop').map((item) => item.id));
  const known = new Set(items.map((item) => item.id));
  const startItemIds = [...new Set(plan.startItemIds)].filter((id) => stops.has(id)).slice(0, MAX_START_ITEMS);
  const changed = new Set<string>();
  const changes = plan.changes.filter((change) => {
    if (!known.has(change.itemId) || changed.has(change.itemId)) return false;
    changed.add(change.itemId);
    return true;
  });
  return { ...plan, items, startItemIds, changes };
}

/**
 * Violence, threats, destruction and fear are never 'accept'. A file that says otherwise (made
 * by hand, or before the app learnt to recognise an own item's words) is not refused: the
 * item keeps its words and loses only that decision, so the parent sorts it again and no
 * other record of the file is lost. The same object when nothing changes.
 */
export function withSafeDecisions(plan: Plan): Plan {
  if (!plan.items.some((item) => item.decision === 'accept' && isSafetyItem(item))) return plan;
  return { ...plan, items: plan.items.map((item) => (item.decision === 'accept' && isSafetyItem(item) ? withoutDecision(item) : item)) };
}

function withoutDecision(item: PlanItem): PlanItem {
  const { decision: _dropped, ...rest } = item;
  return rest;
}

function hasDuplicates(ids: readonly string[]): boolean {
  return new Set(ids).size !== ids.length;
}
