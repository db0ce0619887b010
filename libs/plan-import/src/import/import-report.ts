import { BadUserInputError } from '@app/common';
import type { AgencyKindName, PillarName } from '@app/domain';
import type { ImportPlan, ImportProblem, ImportWarning, ParsedAgencies, ProgressChange, RowChange } from '../rules/import-plan.rule';
import type { ImportField } from '../rules/plan-columns.rule';
import type { SpreadsheetFormat } from './spreadsheet-reader';

/** What an import did (or, on a dry run, would do): the JSON body of `POST /api/plans/:planId/import`. */
export interface ImportReport {
  dryRun: boolean;
  /** True only when a real run wrote its changes. */
  applied: boolean;
  file: { name: string | null; format: SpreadsheetFormat; sheet: string | null; headerRow: number | null };
  /** Data rows read (blank rows are skipped). */
  rows: number;
  columns: { header: string; field: ImportField }[];
  /** Headers that name no known column; their cells are not read. */
  ignoredColumns: string[];
  /** Empty when the file can be imported. */
  problems: ImportProblem[];
  /**
   * What the coordinator should check even though it does not stop the import: the sheet read,
   * rows skipped (notes, keys, totals), joint leads, agencies to be created or added, guessed kinds,
   * new names that read like lists.
   */
  warnings: ImportWarning[];
  /**
   * How each action row's lead and supporting agencies were read, rows with problems included.
   * Only a preview: while `problems` is not empty nothing is applied, and `created`, `updated`,
   * `objectives`, `agencies` and `actions` stay empty.
   */
  parsedAgencies: ParsedAgencies[];
  created: { objectives: number; agencies: number; agencyLinks: number; actions: number; milestones: number; updates: number };
  updated: { actions: number; milestones: number };
  /** Rows with nothing to change: the plan already says what they say. */
  unchanged: number;
  objectives: { row: number; code: string; pillar: PillarName; title: string }[];
  agencies: {
    row: number;
    name: string;
    kind: AgencyKindName | null;
    /** For a new agency: whether its kind came from the request's `agencyKinds`, from its name, or is OTHER for want of a hint. */
    kindFrom: 'request' | 'name' | 'default' | null;
    outcome: 'create' | 'addToPartnership';
  }[];
  actions: {
    row: number;
    ref: string;
    /** The lead and supporting agencies by name, as the row reads after splitting lists and joint leads. */
    leadAgency: string;
    supportingAgencies: string[] | null;
    outcome: 'create' | 'update' | 'unchanged';
    changedFields: string[];
    milestonesAdded: number;
    milestonesMoved: number;
    progressUpdate: ProgressChange | null;
  }[];
}

/** True when a row's import changes nothing at all. */
export function rowIsUnchanged(row: RowChange): boolean {
  return row.outcome === 'unchanged' && row.milestonesToAdd.length === 0 && row.milestonesToMove.length === 0 && row.progress === null;
}

/**
 * The counts and lists of a report, from the planned import. With problems nothing will be done,
 * so nothing is counted or listed (the dry run's promise); `parsedAgencies` and `warnings` still show.
 */
export function summarise(plan: ImportPlan): Pick<ImportReport, 'created' | 'updated' | 'unchanged' | 'objectives' | 'agencies' | 'actions'> {
  const clean = plan.problems.length === 0;
  const rows = clean ? plan.rows : [];
  const objectives = clean ? plan.objectives : [];
  const agencies = clean ? plan.agencies : [];
  const links = clean ? plan.links : [];
  return {
    created: {
      objectives: objectives.length,
      agencies: agencies.length,
      agencyLinks: links.length,
      actions: rows.filter((r) => r.outcome === 'create').length,
      milestones: rows.reduce((n, r) => n + r.milestonesToAdd.length, 0),
      updates: rows.filter((r) => r.progress !== null).length,
    },
    updated: {
      actions: rows.filter((r) => r.outcome === 'update').length,
      milestones: rows.reduce((n, r) => n + r.milestonesToMove.length, 0),
    },
    unchanged: rows.filter(rowIsUnchanged).length,
    objectives: objectives.map((o) => ({ row: o.row, code: o.code, pillar: o.pillar, title: o.title })),
    agencies: [
      ...agencies.map((a) => ({ row: a.row, name: a.name, kind: a.kind, kindFrom: a.kindFrom, outcome: 'create' as const })),
      ...links.map((l) => ({ row: l.row, name: l.name, kind: null, kindFrom: null, outcome: 'addToPartnership' as const })),
    ],
    actions: rows.map((r) => ({
      row: r.row,
      ref: r.ref,
      leadAgency: r.leadAgencyName,
      supportingAgencies: r.supportingAgencyNames,
      outcome: r.outcome,
      changedFields: r.changedFields,
      milestonesAdded: r.milestonesToAdd.length,
      milestonesMoved: r.milestonesToMove.length,
      progressUpdate: r.progress,
    })),
  };
}

/**
 * A real run of a file with problems: BAD_USER_INPUT on `file`, nothing written. The problems ride
 * along in the error (`error.problems` over REST), exactly as a dry run lists them.
 */
export class ImportProblemsError extends BadUserInputError {
  constructor(readonly problems: ImportProblem[]) {
    const n = problems.length;
    super(
      { path: 'file', message: `${n} problem${n === 1 ? '' : 's'} in the file` },
      `The file has ${n} problem${n === 1 ? '' : 's'}; nothing was imported (run with dryRun=true to list them)`,
    );
    Object.assign(this.extensions, { problems });
  }
}
