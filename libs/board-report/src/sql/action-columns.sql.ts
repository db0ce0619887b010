import { ActionEntity } from '@app/planning';

/** Entity property → column of `action`, for reading whole actions alongside computed state. */
const ACTION_FIELDS: ReadonlyArray<readonly [keyof ActionEntity, string]> = [
  ['id', 'id'],
  ['partnershipId', 'partnership_id'],
  ['deliveryPlanId', 'delivery_plan_id'],
  ['objectiveId', 'objective_id'],
  ['ref', 'ref'],
  ['title', 'title'],
  ['description', 'description'],
  ['successMeasure', 'success_measure'],
  ['leadAgencyId', 'lead_agency_id'],
  ['leadOfficerId', 'lead_officer_id'],
  ['startDate', 'start_date'],
  ['dueDate', 'due_date'],
  ['status', 'status'],
  ['percentComplete', 'percent_complete'],
  ['lastReportedOn', 'last_reported_on'],
  ['inPlanSince', 'in_plan_since'],
  ['removedOn', 'removed_on'],
  ['removalReason', 'removal_reason'],
  ['version', 'version'],
  ['createdAt', 'created_at'],
  ['updatedAt', 'updated_at'],
];

const PREFIX = 'action.';

/**
 * Every column of `action` under the alias `"action.<property>"`, so a statement can return the
 * action row and its computed state side by side without name clashes.
 */
export const ACTION_ENTITY_COLUMNS = (alias: string): string => ACTION_FIELDS.map(([property, column]) => `${alias}.${column} AS "${PREFIX}${property}"`).join(', ');

/** Rebuilds the `ActionEntity` from a row selected with `ACTION_ENTITY_COLUMNS`. */
export function actionEntityFrom(raw: Record<string, unknown>): ActionEntity {
  const entity = new ActionEntity();
  for (const [property] of ACTION_FIELDS) (entity as unknown as Record<string, unknown>)[property] = raw[`${PREFIX}${property}`];
  return entity;
}
