import type { TFunction } from 'i18next';
import type { PlanItem, PlanListItem } from '../../storage/plans/plan';

/**
 * What a plan line says: the catalogue's words in the page's language, or the parent's own.
 * Keys are built from ids that the backup schema and the builder restrict to the catalogue.
 */
export function itemLabel(t: TFunction, item: PlanItem): string {
  return item.catalogueId !== undefined ? t(`plan.catalogue.${item.catalogueId}` as never) : (item.text ?? '');
}

export function contactLabel(t: TFunction, line: PlanListItem): string {
  return line.catalogueId !== undefined ? t(`plan.contactIdeas.${line.catalogueId}` as never) : (line.text ?? '');
}

export function escalationLabel(t: TFunction, line: PlanListItem): string {
  return line.catalogueId !== undefined ? t(`plan.escalationIdeas.${line.catalogueId}` as never) : (line.text ?? '');
}
