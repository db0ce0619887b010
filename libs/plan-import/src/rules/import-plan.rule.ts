import { cellText } from './cell-values.rule';
import { agencyBook, agencyWarnings, readLeadAgency } from './import-agencies.rule';
import { changedFieldsOf, isNotAnActionRow, readActionDates, readActionText, readRef } from './import-actions.rule';
import { milestoneChanges, readMilestones } from './import-milestones.rule';
import { objectiveBook, readObjective } from './import-objectives.rule';
import { ActionFields, ExistingPlan, ImportOptions, ImportPlan, ImportProblemCode, ImportSheet, ImportWarningCode, MAX_IMPORT_ROWS } from './import-plan.types';
import { progressChange, readReturn } from './import-returns.rule';
import { findings, rowReader } from './import-row';
import { dedupeRefs, readSupportingAgencies } from './import-supporting-agencies.rule';
import { IMPORT_COLUMNS } from './plan-columns.rule';

/**
 * Turns the rows of a delivery plan spreadsheet into what importing it would change, given what the
 * plan already holds: every problem by row and column, the objectives and agencies to create, and
 * per row whether its action is created, updated or left as it is, its new milestones and its
 * progress update. Pure: the service loads `ExistingPlan`, calls this, and writes the result.
 */

export * from './import-plan.types';
export { isNotAnActionRow } from './import-actions.rule';
export { inferStatus, updateInForce } from './import-returns.rule';

const FIELD_ORDER = new Map(IMPORT_COLUMNS.map((c, i) => [c.field, i]));

/**
 * Plans the import of `rows` into `existing`, one section of each row after another (the order
 * its problems are listed in): ref, action text, objective, lead and supporting agencies, dates,
 * milestones, return.
 */
export function planImport(sheet: ImportSheet, existing: ExistingPlan, options: ImportOptions): ImportPlan {
  const found = findings(sheet.headers);
  const { problems, warnings } = found;
  const result: ImportPlan = { problems, warnings, parsedAgencies: [], objectives: [], agencies: [], links: [], rows: [] };

  const rows = sheet.rows.filter((r) => {
    if (!isNotAnActionRow(r.cells)) return true;
    const first = [...r.cells.values()].map(cellText).find((t) => t !== '') ?? '';
    found.warn(r.row, null, ImportWarningCode.RowSkipped, `Skipped: no ref, action or due date, so not an action (reads "${first.slice(0, 60)}")`);
    return false;
  });
  if (rows.length === 0) {
    found.problem(sheet.headerRow, null, ImportProblemCode.NoRows, 'The file has a header row but no actions under it');
    return result;
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    found.problem(rows[MAX_IMPORT_ROWS].row, null, ImportProblemCode.TooManyRows, `At most ${MAX_IMPORT_ROWS} actions can be imported at once`);
    return result;
  }

  const objectives = objectiveBook(existing.objectives);
  const agencies = agencyBook(existing.agencies, rows, options);
  const actionsByRef = new Map(existing.actions.map((a) => [a.ref, a]));
  const refRows = new Map<string, number>();

  for (const sheetRow of rows) {
    const r = rowReader(found, sheetRow);
    const before = problems.length;
    for (const [field, cell] of sheetRow.cells) {
      if (typeof cell === 'string' && cell.includes('\u0000')) r.problem(field, ImportProblemCode.InvalidText, 'Contains a NUL character');
    }
    if (problems.length > before) continue;

    const ref = readRef(r, refRows);
    const { title, description, successMeasure } = readActionText(r);
    const objective = readObjective(r, objectives, options);
    const { lead: leadAgency, leadName, coLeads } = readLeadAgency(r, agencies);
    const { supporting, names: supportingNames } = readSupportingAgencies(r, agencies, leadName, coLeads);
    result.parsedAgencies.push({ row: r.row, ref, leadAgency: leadName ? agencies.nameOf(leadName) : null, supportingAgencies: supportingNames ?? [] });
    const { startDate, dueDate } = readActionDates(r);
    const milestones = readMilestones(r);
    const returned = readReturn(r, existing, options);
    if (problems.length > before || !title || !objective || !leadAgency || !dueDate) continue;

    const current = actionsByRef.get(ref) ?? null;
    const fields: ActionFields = {
      ref,
      objective,
      title,
      leadAgency,
      dueDate,
      ...(description !== undefined ? { description } : {}),
      ...(successMeasure !== undefined ? { successMeasure } : {}),
      ...(startDate !== undefined ? { startDate } : {}),
      ...(supporting !== undefined ? { supportingAgencies: dedupeRefs(supporting, leadAgency) } : {}),
    };
    const progress = progressChange(r, returned, current, options.defaultNarrative);
    if (progress === false) continue;
    const changedFields = current ? changedFieldsOf(fields, current) : [];
    const { toAdd, toMove } = milestoneChanges(milestones, current?.milestones ?? []);
    result.rows.push({
      row: r.row,
      ref,
      leadAgencyName: agencies.nameOf(leadName),
      supportingAgencyNames: supportingNames,
      existingId: current?.id ?? null,
      outcome: !current ? 'create' : changedFields.length > 0 ? 'update' : 'unchanged',
      fields,
      changedFields,
      milestonesToAdd: toAdd,
      milestonesToMove: toMove,
      progress,
    });
  }

  problems.sort((a, b) => a.row - b.row || (FIELD_ORDER.get(a.field!) ?? -1) - (FIELD_ORDER.get(b.field!) ?? -1));
  result.objectives = [...objectives.created.values()];
  result.agencies = [...agencies.created.values()];
  result.links = [...agencies.links.values()];
  agencyWarnings(found, result.links, result.agencies);
  warnings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return result;
}
