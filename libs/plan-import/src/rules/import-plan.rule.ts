import { compareDates } from '@app/calendar';
import { latestUpdateAsOf } from '@app/domain';
import {
  agencyKey,
  AgencyKindName,
  cellText,
  isBlank,
  MilestoneText,
  parseMilestones,
  parsePercent,
  parsePillar,
  parseRag,
  parseStatus,
  PillarName,
  RagName,
  StatusName,
} from './cell-values.rule';
import { guessAgencyKind, looksLikeList, splitAgencyList } from './agency-names.rule';
import { columnLabel, IMPORT_COLUMNS, ImportField, PROGRESS_FIELDS } from './plan-columns.rule';
import { CellValue, parseSheetDate } from './sheet-date.rule';

/**
 * Turns the rows of a delivery plan spreadsheet into what importing it would change, given what the
 * plan already holds: every problem by row and column, the objectives and agencies to create, and
 * per row whether its action is created, updated or left as it is, its new milestones and its
 * progress update. Pure: the service loads `ExistingPlan`, calls this, and writes the result.
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
  status: StatusName;
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
  status: StatusName;
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

const REF = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,19}$/;
const OBJECTIVE_CODE = REF;
const TITLE_MAX = 300;
const TEXT_MAX = 5000;
const AGENCY_NAME_MAX = 200;

/** Words that head a total or a note in a plan's first column, never an action's ref. */
const NOT_A_REF = /^(?:totals?|grand total|sum|count|average|key|keys|notes?|nb|summary|source|sources)$/i;

/**
 * True when a row is no action at all: no ref (or a ref cell holding a note such as "Key: RAG =
 * …" or "Total"), no action and no due date. Such rows under or inside a table are notes, keys,
 * totals or section headings; they are skipped with a warning rather than refused.
 */
export function isNotAnActionRow(cells: ReadonlyMap<ImportField, CellValue>): boolean {
  const ref = cellText(cells.get('ref') ?? null);
  const hasRef = ref !== '' && REF.test(ref) && !NOT_A_REF.test(ref);
  return !hasRef && isBlank(cells.get('title') ?? null) && isBlank(cells.get('dueDate') ?? null);
}

const FIELD_ORDER = new Map(IMPORT_COLUMNS.map((c, i) => [c.field, i]));

/** The update in force on `asOf`: the one rule (`latestUpdateAsOf`), under the name the import has used. */
export const updateInForce = (updates: readonly ExistingUpdate[], asOf: string): ExistingUpdate | null => latestUpdateAsOf(updates, asOf);

/**
 * The status a row means when it gives a percentage but no status: the status in force, except that
 * work reported on a NOT_STARTED action has started, and less than 100 % is no longer COMPLETED.
 */
export function inferStatus(current: StatusName, percent: number | null): StatusName {
  if (percent === null) return current;
  if (current === 'NOT_STARTED' && percent > 0) return 'IN_PROGRESS';
  if (current === 'COMPLETED' && percent < 100) return 'IN_PROGRESS';
  return current;
}

const titleKey = (title: string): string => title.toLowerCase().replace(/\s+/g, ' ').trim();

/** Plans the import of `rows` into `existing`. See the file comment. */
export function planImport(sheet: ImportSheet, existing: ExistingPlan, options: ImportOptions): ImportPlan {
  const { headers, headerRow } = sheet;
  const problems: ImportProblem[] = [];
  const warnings: ImportWarning[] = [];
  const parsedAgencies: ParsedAgencies[] = [];
  const column = (field: ImportField): string => headers.get(field) ?? columnLabel(field);
  const problem = (row: number, field: ImportField | null, code: ImportProblemCode, message: string): void => {
    problems.push({ row, column: field ? column(field) : null, field, code, message });
  };
  const warn = (row: number | null, field: ImportField | null, code: ImportWarningCode, message: string): void => {
    warnings.push({ row, column: field ? column(field) : null, field, code, message });
  };
  const result: ImportPlan = { problems, warnings, parsedAgencies, objectives: [], agencies: [], links: [], rows: [] };

  const rows = sheet.rows.filter((r) => {
    if (!isNotAnActionRow(r.cells)) return true;
    const first = [...r.cells.values()].map(cellText).find((t) => t !== '') ?? '';
    warn(r.row, null, ImportWarningCode.RowSkipped, `Skipped: no ref, action or due date, so not an action (reads "${first.slice(0, 60)}")`);
    return false;
  });

  if (rows.length === 0) {
    problem(headerRow, null, ImportProblemCode.NoRows, 'The file has a header row but no actions under it');
    return result;
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    problem(rows[MAX_IMPORT_ROWS].row, null, ImportProblemCode.TooManyRows, `At most ${MAX_IMPORT_ROWS} actions can be imported at once`);
    return result;
  }

  const objectivesByCode = new Map(existing.objectives.map((o) => [o.code.toUpperCase(), o]));
  const agenciesByKey = new Map(existing.agencies.map((a) => [agencyKey(a.name), a]));
  const actionsByRef = new Map(existing.actions.map((a) => [a.ref, a]));
  const newObjectives = new Map<string, NewObjective>();
  const newAgencies = new Map<string, NewAgency>();
  const links = new Map<string, AgencyLink>();
  const refRows = new Map<string, number>();

  /** Resolves an agency name, recording what creating or linking it takes; a message when it cannot. */
  const agencyRef = (name: string, row: number): RowRef | string => {
    const key = agencyKey(name);
    const found = agenciesByKey.get(key);
    if (found?.member) return { id: found.id };
    if (found) {
      if (!options.createMissingAgencies) {
        return `"${name}" is not a member of this partnership (add it first, or import with createMissingAgencies=true)`;
      }
      if (!links.has(found.id)) links.set(found.id, { id: found.id, name: found.name, row });
      return { id: found.id };
    }
    if (!options.createMissingAgencies) {
      return `No agency of this partnership is called "${name}" (check the spelling, or import with createMissingAgencies=true to create it)`;
    }
    if (name.length > AGENCY_NAME_MAX) return `An agency name is at most ${AGENCY_NAME_MAX} characters`;
    if (!newAgencies.has(key)) {
      const requested = options.agencyKinds?.get(key);
      const guess = guessAgencyKind(name);
      newAgencies.set(key, {
        key,
        name: name.replace(/\s+/g, ' ').trim(),
        kind: requested ?? guess.kind,
        kindFrom: requested ? 'request' : guess.guessed ? 'name' : 'default',
        row,
      });
    }
    return { key };
  };
  // Names that stand alone somewhere in the file (a lead cell, a piece between commas or slashes)
  // count as known when splitting " and " / " & ": a first import into a partnership with no agencies
  // yet still splits "Safeguarding Adults and Children Board and Sandmoor Council" when each name
  // appears by itself on another row.
  const fileNames = new Set<string>();
  for (const r of rows) {
    for (const field of ['leadAgency', 'supportingAgencies'] as const) {
      for (const piece of cellText(r.cells.get(field) ?? null).split(/[;|\n\r]+|\s*,\s*|\s*\/\s*/)) {
        const name = piece.trim();
        if (name !== '') fileNames.add(agencyKey(name));
      }
    }
  }
  const isKnownAgency = (name: string): boolean =>
    agenciesByKey.has(agencyKey(name)) || newAgencies.has(agencyKey(name)) || fileNames.has(agencyKey(name));
  /** A name as the agency is (or will be) called, rather than as the cell spells it. */
  const agencyName = (name: string): string => agenciesByKey.get(agencyKey(name))?.name ?? newAgencies.get(agencyKey(name))?.name ?? name;

  for (const sheetRow of rows) {
    const { row, cells } = sheetRow;
    const before = problems.length;
    const has = (field: ImportField): boolean => cells.has(field);
    const value = (field: ImportField): CellValue => cells.get(field) ?? null;
    const text = (field: ImportField): string => cellText(value(field));

    for (const [field, cell] of cells) {
      if (typeof cell === 'string' && cell.includes('\u0000')) problem(row, field, ImportProblemCode.InvalidText, 'Contains a NUL character');
    }
    if (problems.length > before) continue;

    const requiredText = (field: ImportField, max: number): string | null => {
      const t = text(field);
      if (t === '') problem(row, field, ImportProblemCode.Required, `${column(field)} is required`);
      else if (t.length > max) problem(row, field, ImportProblemCode.TooLong, `At most ${max} characters (this has ${t.length})`);
      else return t;
      return null;
    };
    const optionalText = (field: ImportField, max: number): string | null | undefined => {
      if (!has(field)) return undefined;
      const t = text(field);
      if (t.length > max) {
        problem(row, field, ImportProblemCode.TooLong, `At most ${max} characters (this has ${t.length})`);
        return undefined;
      }
      return t === '' ? null : t;
    };
    const optionalDate = (field: ImportField): string | null | undefined => {
      if (!has(field)) return undefined;
      if (isBlank(value(field))) return null;
      const parsed = parseSheetDate(value(field));
      if (parsed.ok) return parsed.date;
      problem(row, field, ImportProblemCode.BadDate, parsed.message);
      return undefined;
    };

    // Ref
    const ref = text('ref');
    if (ref === '') problem(row, 'ref', ImportProblemCode.Required, `${column('ref')} is required`);
    else if (!REF.test(ref)) problem(row, 'ref', ImportProblemCode.InvalidRef, `"${ref.slice(0, 40)}" is not a ref: 1-20 letters, digits, dots, hyphens or slashes, e.g. 2.3`);
    else if (refRows.has(ref)) problem(row, 'ref', ImportProblemCode.DuplicateRef, `Ref ${ref} is also on row ${refRows.get(ref)}`);
    else refRows.set(ref, row);

    const title = requiredText('title', TITLE_MAX);
    const description = optionalText('description', TEXT_MAX);
    const successMeasure = optionalText('successMeasure', TEXT_MAX);

    // Pillar and objective
    let pillar: PillarName | null = null;
    if (!isBlank(value('pillar'))) {
      const parsed = parsePillar(value('pillar'));
      if (parsed.ok) pillar = parsed.value;
      else problem(row, 'pillar', ImportProblemCode.UnknownPillar, parsed.message);
    }
    let objective: RowRef | null = null;
    const code = text('objectiveCode');
    if (code === '') {
      problem(row, 'objectiveCode', ImportProblemCode.Required, `${column('objectiveCode')} is required`);
    } else {
      const key = code.toUpperCase();
      const found = objectivesByCode.get(key);
      const planned = newObjectives.get(key);
      const objectiveTitle = text('objectiveTitle');
      if (found) {
        if (pillar && pillar !== found.pillar) {
          problem(row, 'pillar', ImportProblemCode.PillarMismatch, `Objective ${found.code} is under ${found.pillar}, not ${pillar}`);
        } else objective = { id: found.id };
      } else if (planned) {
        if (pillar && pillar !== planned.pillar) {
          problem(row, 'pillar', ImportProblemCode.ObjectiveConflict, `Row ${planned.row} puts new objective ${planned.code} under ${planned.pillar}`);
        } else if (objectiveTitle !== '' && objectiveTitle !== planned.title) {
          problem(row, 'objectiveTitle', ImportProblemCode.ObjectiveConflict, `Row ${planned.row} gives new objective ${planned.code} another title`);
        } else objective = { key };
      } else if (!options.createMissingObjectives) {
        problem(row, 'objectiveCode', ImportProblemCode.UnknownObjective, `The strategy has no objective ${code} (add it first, or import with createMissingObjectives=true)`);
      } else if (!OBJECTIVE_CODE.test(code)) {
        problem(row, 'objectiveCode', ImportProblemCode.InvalidObjectiveCode, `"${code.slice(0, 40)}" is not an objective code: 1-20 letters, digits, dots, hyphens or slashes`);
      } else if (!pillar) {
        if (isBlank(value('pillar'))) problem(row, 'pillar', ImportProblemCode.Required, `${column('pillar')} is needed to create objective ${code}`);
      } else if (objectiveTitle === '') {
        problem(row, 'objectiveTitle', ImportProblemCode.Required, `${column('objectiveTitle')} is needed to create objective ${code}`);
      } else if (objectiveTitle.length > TITLE_MAX) {
        problem(row, 'objectiveTitle', ImportProblemCode.TooLong, `At most ${TITLE_MAX} characters`);
      } else {
        newObjectives.set(key, { key, code, pillar, title: objectiveTitle, row });
        objective = { key };
      }
    }

    // Agencies: a lead cell naming several is a joint lead, the first leading and the others supporting.
    let leadAgency: RowRef | null = null;
    const leadNames = splitAgencyList(text('leadAgency'), isKnownAgency);
    const leadName = leadNames[0] ?? '';
    const coLeads = leadNames.slice(1);
    if (leadName === '') problem(row, 'leadAgency', ImportProblemCode.Required, `${column('leadAgency')} is required`);
    else {
      const resolved = agencyRef(leadName, row);
      if (typeof resolved === 'string') problem(row, 'leadAgency', ImportProblemCode.UnknownAgency, resolved);
      else leadAgency = resolved;
    }
    if (coLeads.length > 0) {
      warn(row, 'leadAgency', ImportWarningCode.JointLead, `A joint lead: "${leadName}" leads; ${coLeads.map((n) => `"${n}"`).join(', ')} support${coLeads.length === 1 ? 's' : ''}`);
    }
    let supportingAgencies: RowRef[] | undefined;
    let supportingNames: string[] | null = null;
    if (has('supportingAgencies') || coLeads.length > 0) {
      supportingAgencies = [];
      supportingNames = [...coLeads, ...splitAgencyList(text('supportingAgencies'), isKnownAgency)];
      supportingNames.forEach((name, i) => {
        const resolved = agencyRef(name, row);
        if (typeof resolved === 'string') problem(row, i < coLeads.length ? 'leadAgency' : 'supportingAgencies', ImportProblemCode.UnknownAgency, resolved);
        else supportingAgencies!.push(resolved);
      });
      const leadKey = agencyKey(leadName);
      supportingNames = supportingNames
        .filter((n, i, all) => agencyKey(n) !== leadKey && all.findIndex((m) => agencyKey(m) === agencyKey(n)) === i)
        .map(agencyName);
    }
    parsedAgencies.push({ row, ref, leadAgency: leadName ? agencyName(leadName) : null, supportingAgencies: supportingNames ?? [] });

    // Dates
    const startDate = optionalDate('startDate');
    let dueDate: string | null = null;
    if (isBlank(value('dueDate'))) problem(row, 'dueDate', ImportProblemCode.Required, `${column('dueDate')} is required`);
    else {
      const parsed = parseSheetDate(value('dueDate'));
      if (parsed.ok) dueDate = parsed.date;
      else problem(row, 'dueDate', ImportProblemCode.BadDate, parsed.message);
    }
    if (startDate && dueDate && compareDates(dueDate, startDate) < 0) {
      problem(row, 'dueDate', ImportProblemCode.DueBeforeStart, `Due ${dueDate} is before the start ${startDate}`);
    }

    // Milestones
    let milestones: MilestoneText[] = [];
    if (!isBlank(value('milestones'))) {
      const parsed = parseMilestones(text('milestones'));
      for (const message of parsed.errors) problem(row, 'milestones', ImportProblemCode.BadMilestone, message);
      const seen = new Set<string>();
      for (const m of parsed.milestones) {
        if (seen.has(titleKey(m.title))) problem(row, 'milestones', ImportProblemCode.DuplicateMilestone, `Milestone "${m.title}" is listed twice`);
        seen.add(titleKey(m.title));
      }
      milestones = parsed.milestones;
    }

    // Progress
    const reportedOn = optionalDate('reportedOn') ?? options.defaultReportedOn ?? existing.today;
    if (compareDates(reportedOn, existing.today) > 0) {
      problem(row, 'reportedOn', ImportProblemCode.FutureDate, `Progress cannot be reported after today (${existing.today})`);
    }
    const given = <T>(field: ImportField, parse: (v: CellValue) => { ok: true; value: T } | { ok: false; message: string }, code: ImportProblemCode): T | null => {
      if (isBlank(value(field))) return null;
      const parsed = parse(value(field));
      if (parsed.ok) return parsed.value;
      problem(row, field, code, parsed.message);
      return null;
    };
    const givenStatus = given('status', parseStatus, ImportProblemCode.BadStatus);
    const givenPercent = given('percentComplete', parsePercent, ImportProblemCode.BadPercent);
    const givenRag = given('rag', parseRag, ImportProblemCode.BadRag);
    const givenNarrative = optionalText('narrative', TEXT_MAX) ?? null;

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
      ...(supportingAgencies !== undefined ? { supportingAgencies: dedupeRefs(supportingAgencies, leadAgency) } : {}),
    };

    let progress: ProgressChange | null = null;
    if (PROGRESS_FIELDS.some((f) => !isBlank(value(f)))) {
      const inForce = current ? updateInForce(current.updates, reportedOn) : null;
      const state = inForce ?? { status: 'NOT_STARTED' as StatusName, percentComplete: 0, rag: null, narrative: null };
      const status = givenStatus ?? inferStatus(state.status, givenPercent);
      const percent = givenPercent ?? (status === 'COMPLETED' ? 100 : status === 'NOT_STARTED' ? 0 : state.percentComplete);
      if (givenRag === 'BLUE' && status !== 'COMPLETED') {
        problem(row, 'rag', ImportProblemCode.BadRag, 'Blue means completed: give status Completed, or Red, Amber or Green');
      }
      if (status === 'COMPLETED' && percent < 100) {
        problem(row, givenPercent !== null ? 'percentComplete' : 'status', ImportProblemCode.CompletedNot100, `A completed action is 100 % complete, not ${percent} %`);
      }
      if (problems.length > before) continue;
      const rag = givenRag === 'BLUE' ? null : givenRag;
      const recorded =
        status === state.status &&
        percent === state.percentComplete &&
        (rag === null || rag === state.rag) &&
        (givenNarrative === null || givenNarrative === state.narrative);
      if (!recorded) progress = { reportedOn, status, percentComplete: percent, rag, narrative: givenNarrative ?? options.defaultNarrative };
    }

    const changedFields = current ? changedFieldsOf(fields, current) : [];
    const milestonesToAdd: MilestoneText[] = [];
    const milestonesToMove: MilestoneMove[] = [];
    const existingMilestones = new Map((current?.milestones ?? []).map((m) => [titleKey(m.title), m]));
    for (const m of milestones) {
      const match = existingMilestones.get(titleKey(m.title));
      if (!match) milestonesToAdd.push(m);
      else if (match.dueDate !== m.dueDate) milestonesToMove.push({ id: match.id, title: match.title, from: match.dueDate, to: m.dueDate });
    }
    result.rows.push({
      row,
      ref,
      leadAgencyName: agencyName(leadName),
      supportingAgencyNames: supportingNames,
      existingId: current?.id ?? null,
      outcome: !current ? 'create' : changedFields.length > 0 ? 'update' : 'unchanged',
      fields,
      changedFields,
      milestonesToAdd,
      milestonesToMove,
      progress,
    });
  }

  problems.sort((a, b) => a.row - b.row || (FIELD_ORDER.get(a.field!) ?? -1) - (FIELD_ORDER.get(b.field!) ?? -1));
  result.objectives = [...newObjectives.values()];
  result.agencies = [...newAgencies.values()];
  result.links = [...links.values()];
  for (const link of result.links) {
    warn(link.row, null, ImportWarningCode.AgencyAdded, `"${link.name}" (an agency this partnership may use) will be added to it`);
  }
  for (const agency of result.agencies) {
    warn(agency.row, null, ImportWarningCode.AgencyCreated, `Agency "${agency.name}" will be created for this partnership only, as ${agency.kind}`);
    if (agency.kindFrom !== 'request') {
      warn(
        agency.row,
        null,
        ImportWarningCode.AgencyKindGuessed,
        agency.kindFrom === 'name'
          ? `The kind of "${agency.name}" is guessed from its name: ${agency.kind} (choose another with agencyKinds)`
          : `Nothing in "${agency.name}" says what kind of agency it is: OTHER (choose one with agencyKinds)`,
      );
    }
    if (looksLikeList(agency.name)) {
      warn(agency.row, null, ImportWarningCode.AgencyNameLooksLikeList, `"${agency.name}" reads like several agencies; name each known agency exactly, or separate them with ";"`);
    }
  }
  warnings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return result;
}

function refKey(ref: RowRef): string {
  return 'id' in ref ? `id:${ref.id}` : `key:${ref.key}`;
}

/** Supporting agencies without repeats and without the lead (it leads, so it does not also support). */
function dedupeRefs(refs: RowRef[], lead: RowRef): RowRef[] {
  const seen = new Set([refKey(lead)]);
  return refs.filter((r) => !seen.has(refKey(r)) && seen.add(refKey(r)));
}

function changedFieldsOf(fields: ActionFields, current: ExistingAction): (keyof ActionFields)[] {
  const changed: (keyof ActionFields)[] = [];
  const differs = (ref: RowRef, id: string) => !('id' in ref) || ref.id !== id;
  if (differs(fields.objective, current.objectiveId)) changed.push('objective');
  if (fields.title !== current.title) changed.push('title');
  if (fields.description !== undefined && fields.description !== current.description) changed.push('description');
  if (fields.successMeasure !== undefined && fields.successMeasure !== current.successMeasure) changed.push('successMeasure');
  if (differs(fields.leadAgency, current.leadAgencyId)) changed.push('leadAgency');
  if (fields.supportingAgencies !== undefined) {
    const wanted = fields.supportingAgencies.map(refKey).sort();
    const held = current.supportingAgencyIds.filter((id) => 'key' in fields.leadAgency || id !== fields.leadAgency.id).map((id) => `id:${id}`).sort();
    if (wanted.join() !== held.join()) changed.push('supportingAgencies');
  }
  if (fields.startDate !== undefined && fields.startDate !== current.startDate) changed.push('startDate');
  if (fields.dueDate !== current.dueDate) changed.push('dueDate');
  return changed;
}
