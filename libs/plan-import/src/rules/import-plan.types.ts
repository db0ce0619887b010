import type { ActionStatusName, AgencyKindName, PillarName, RagName } from '@app/domain';
import type { MilestoneText } from './cell-values.rule';
import type { ImportField } from './plan-columns.rule';
import type { CellValue } from './sheet-date.rule';

/**
 * What the import planner reads (the sheet, the plan as it stands, the options) and what it plans
 * (problems, warnings, objectives and agencies to create, per row the action's change, its
 * milestones and its return). The planner is `planImport` (import-plan.rule.ts).
 */

/** Why a cell (or the file) cannot be imported. Stable: clients may branch on it. */
export enum ImportProblemCode {
  NoHeaderRow = 'NO_HEADER_ROW',
  MissingColumn = 'MISSING_COLUMN',
  DuplicateColumn = 'DUPLICATE_COLUMN',
  NoRows = 'NO_ROWS',
  TooManyRows = 'TOO_MANY_ROWS',
  Required = 'REQUIRED',
  InvalidText = 'INVALID_TEXT',
  TooLong = 'TOO_LONG',
  InvalidRef = 'INVALID_REF',
  DuplicateRef = 'DUPLICATE_REF',
  UnknownPillar = 'UNKNOWN_PILLAR',
  PillarMismatch = 'PILLAR_MISMATCH',
  UnknownObjective = 'UNKNOWN_OBJECTIVE',
  InvalidObjectiveCode = 'INVALID_OBJECTIVE_CODE',
  ObjectiveConflict = 'OBJECTIVE_CONFLICT',
  UnknownAgency = 'UNKNOWN_AGENCY',
  BadDate = 'BAD_DATE',
  DueBeforeStart = 'DUE_BEFORE_START',
  BadMilestone = 'BAD_MILESTONE',
  DuplicateMilestone = 'DUPLICATE_MILESTONE',
  BadStatus = 'BAD_STATUS',
  BadPercent = 'BAD_PERCENT',
  BadRag = 'BAD_RAG',
  CompletedNot100 = 'COMPLETED_NOT_100',
  FutureDate = 'FUTURE_DATE',
  /**
   * A real run's write of the row was refused as its own mutation would refuse it (say, the action
   * was taken out of the plan, or its milestone's action is cancelled); nothing was imported.
   */
  Refused = 'REFUSED',
}

/**
 * What a coordinator must see before applying a file, though it does not stop the import. Stable:
 * clients may branch on it.
 */
export enum ImportWarningCode {
  /** The workbook has several sheets; this one holds the plan. */
  SheetChosen = 'SHEET_CHOSEN',
  /** A header was not read: a second header for a column already read, or a board pack's derived RAG. */
  ColumnIgnored = 'COLUMN_IGNORED',
  /** A row after (or inside) the table with no ref, no action and no due date: a note, a key, a total. */
  RowSkipped = 'ROW_SKIPPED',
  /** The lead cell names several agencies: the first leads, the others support. */
  JointLead = 'JOINT_LEAD',
  /** An agency the file names will be created, for this partnership only. */
  AgencyCreated = 'AGENCY_CREATED',
  /** An agency of the platform (shared) will be added to the partnership. */
  AgencyAdded = 'AGENCY_ADDED',
  /** The kind of a new agency comes from its name (or is OTHER for want of a hint); `agencyKinds` overrides it. */
  AgencyKindGuessed = 'AGENCY_KIND_GUESSED',
  /** A new agency's name reads like several agencies ("Council and Police"): check before creating it. */
  AgencyNameLooksLikeList = 'AGENCY_NAME_LOOKS_LIKE_LIST',
}

export interface ImportWarning {
  /** Row number as the spreadsheet shows it; null for the whole file. */
  row: number | null;
  column: string | null;
  field: ImportField | null;
  code: ImportWarningCode;
  message: string;
}

/** How a row's agencies were read (in the dry run, whatever else the row holds). */
export interface ParsedAgencies {
  row: number;
  ref: string;
  leadAgency: string | null;
  supportingAgencies: string[];
}

export interface ImportProblem {
  /** Row number as the spreadsheet shows it (1-based, the header row included). */
  row: number;
  /** The header as the file writes it (the template's name when the column is missing); null for the whole row. */
  column: string | null;
  field: ImportField | null;
  code: ImportProblemCode;
  message: string;
}

/** One data row: the cells of the recognised columns (a column the file lacks is absent). */
export interface SheetRow {
  row: number;
  cells: ReadonlyMap<ImportField, CellValue>;
}

/** The data rows of a sheet and its header row, as the columns were recognised. */
export interface ImportSheet {
  headerRow: number;
  /** Field → the header as the file writes it. */
  headers: ReadonlyMap<ImportField, string>;
  rows: readonly SheetRow[];
}

export interface ExistingObjective {
  id: string;
  code: string;
  pillar: PillarName;
  title: string;
}

export interface ExistingAgency {
  id: string;
  name: string;
  /** Sits on the plan's partnership, so it may lead or support actions. */
  member: boolean;
}

export interface ExistingUpdate {
  reportedOn: string;
  /** Creation order: breaks ties between updates reported on the same day. */
  seq: number;
  status: ActionStatusName;
  percentComplete: number;
  rag: RagName | null;
  narrative: string;
}

export interface ExistingMilestone {
  id: string;
  title: string;
  dueDate: string;
}

export interface ExistingAction {
  id: string;
  ref: string;
  objectiveId: string;
  title: string;
  description: string | null;
  successMeasure: string | null;
  leadAgencyId: string;
  supportingAgencyIds: string[];
  startDate: string | null;
  dueDate: string;
  milestones: ExistingMilestone[];
  updates: ExistingUpdate[];
}

export interface ExistingPlan {
  /** Today in the partnership's time zone: progress cannot be reported after it. */
  today: string;
  /** Objectives of the plan's strategy. */
  objectives: ExistingObjective[];
  /** Every agency on the platform, members of the partnership flagged. */
  agencies: ExistingAgency[];
  actions: ExistingAction[];
}

export interface ImportOptions {
  createMissingAgencies: boolean;
  createMissingObjectives: boolean;
  /** Kinds for agencies the import creates, by `agencyKey` of the name; others are guessed from the name. */
  agencyKinds?: ReadonlyMap<string, AgencyKindName>;
  /** Date of the progress returns of rows without a "Reported on" cell; default today. */
  defaultReportedOn?: string | null;
  /** Narrative of a progress update whose row gives none. */
  defaultNarrative: string;
}

/** A row that exists (its id) or one this import creates (its key in `objectives` / `agencies`). */
export type RowRef = { id: string } | { key: string };

export interface NewObjective {
  key: string;
  code: string;
  pillar: PillarName;
  title: string;
  row: number;
}

export interface NewAgency {
  key: string;
  name: string;
  kind: AgencyKindName;
  /** Where the kind came from: the request's `agencyKinds`, a hint in the name, or no hint (OTHER). */
  kindFrom: 'request' | 'name' | 'default';
  row: number;
}

export interface AgencyLink {
  id: string;
  name: string;
  row: number;
}

/** The action's fields as the row gives them; `undefined` where the file has no such column (kept as is). */
export interface ActionFields {
  ref: string;
  objective: RowRef;
  title: string;
  description?: string | null;
  successMeasure?: string | null;
  leadAgency: RowRef;
  supportingAgencies?: RowRef[];
  startDate?: string | null;
  dueDate: string;
}

export interface ProgressChange {
  reportedOn: string;
  status: ActionStatusName;
  percentComplete: number;
  rag: Exclude<RagName, 'BLUE'> | null;
  narrative: string;
}

export interface MilestoneMove {
  id: string;
  title: string;
  from: string;
  to: string;
}

export interface RowChange {
  row: number;
  ref: string;
  /** The names as the row gives them, after splitting lists and joint leads. */
  leadAgencyName: string;
  supportingAgencyNames: string[] | null;
  existingId: string | null;
  /** What happens to the action's own fields. */
  outcome: 'create' | 'update' | 'unchanged';
  fields: ActionFields;
  changedFields: (keyof ActionFields)[];
  milestonesToAdd: MilestoneText[];
  milestonesToMove: MilestoneMove[];
  progress: ProgressChange | null;
}

export interface ImportPlan {
  problems: ImportProblem[];
  warnings: ImportWarning[];
  /** Every action row's lead and supporting agencies as read, rows with problems included. */
  parsedAgencies: ParsedAgencies[];
  objectives: NewObjective[];
  agencies: NewAgency[];
  links: AgencyLink[];
  rows: RowChange[];
}

/** More rows than any delivery plan has; a bound on the work and the transaction one import does. */
export const MAX_IMPORT_ROWS = 2000;
