import { TITLE_MAX } from '@app/domain';

/**
 * The columns of a delivery plan spreadsheet and how their headers are recognised. Headers are
 * compared after `normaliseHeader`, so case, spacing, punctuation and a bracketed hint such as
 * "(dd/mm/yyyy)" never matter; each column also answers to the names plans commonly use.
 */

export type ImportField =
  | 'ref'
  | 'pillar'
  | 'objectiveCode'
  | 'objectiveTitle'
  | 'title'
  | 'description'
  | 'successMeasure'
  | 'leadAgency'
  | 'supportingAgencies'
  | 'startDate'
  | 'dueDate'
  | 'milestones'
  | 'status'
  | 'percentComplete'
  | 'rag'
  | 'narrative'
  | 'reportedOn';

export interface ImportColumn {
  field: ImportField;
  /** The header the template uses. */
  label: string;
  /** Without it no row can be imported. */
  required: boolean;
  /** Other headers that mean the same, written as they would appear (normalised when matched). */
  synonyms: readonly string[];
  /**
   * Headers read for this column only when no other header names it: beside "% complete", a board
   * pack's "Progress %" is a derived figure, and beside "Objective code", "Objective" is its title.
   */
  weakSynonyms?: readonly string[];
  /** What goes in the column, for the template's guidance sheet and docs/exchange.md. */
  help: string;
}

/** In template order. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    field: 'ref',
    label: 'Ref',
    required: true,
    synonyms: ['Reference', 'Action ref', 'Action reference', 'Action no', 'Action number', 'Action ID', 'No', '#', 'ID'],
    help: 'Unique within the plan, e.g. 2.3. Existing actions are matched (and updated) by ref.',
  },
  {
    field: 'pillar',
    label: 'Pillar',
    required: false,
    synonyms: ['P', '4 Ps', "4 P's", 'Strand', 'Theme', 'Pillar (4 Ps)'],
    help: 'Prevent, Pursue, Protect or Prepare. Needed to create an objective; checked against an existing one.',
  },
  {
    field: 'objectiveCode',
    label: 'Objective code',
    required: true,
    synonyms: ['Objective ref', 'Objective reference', 'Objective ID', 'Objective no', 'Objective number'],
    weakSynonyms: ['Objective'],
    help: 'Code of an objective of the strategy, e.g. PV1.',
  },
  {
    field: 'objectiveTitle',
    label: 'Objective title',
    required: false,
    synonyms: ['Objective name', 'Objective description'],
    help: 'Needed only to create a new objective; ignored for an existing one.',
  },
  {
    field: 'title',
    label: 'Action',
    required: true,
    synonyms: ['Action title', 'Title', 'Action name', 'What'],
    help: `The action, up to ${TITLE_MAX} characters.`,
  },
  {
    field: 'description',
    label: 'Description',
    required: false,
    synonyms: ['Action description', 'Detail', 'Details', 'Action detail', 'Action details'],
    help: 'Optional, up to 5,000 characters.',
  },
  {
    field: 'successMeasure',
    label: 'Success measure',
    required: false,
    synonyms: [
      'Success measures',
      'Measure of success',
      'Measures of success',
      'Success criteria',
      'Outcome measure',
      'Outcome',
      'Outcomes',
      'KPI',
      'How will we know',
    ],
    help: 'Optional, up to 5,000 characters.',
  },
  {
    field: 'leadAgency',
    label: 'Lead agency',
    required: true,
    synonyms: [
      'Lead',
      'Lead agencies',
      'Lead organisation',
      'Lead organisations',
      'Lead organization',
      'Lead partner',
      'Lead partners',
      'Lead body',
      'Owner',
      'Owning agency',
      'Responsible agency',
      'Responsible organisation',
    ],
    help: "An agency of the partnership, by name (case and spacing don't matter).",
  },
  {
    field: 'supportingAgencies',
    label: 'Supporting agencies',
    required: false,
    synonyms: [
      'Supporting',
      'Supporting agency',
      'Supporting organisations',
      'Supporting organizations',
      'Supporting partner',
      'Supporting partners',
      'Support',
      'Partners',
      'Partner agencies',
      'Key partners',
      'Other agencies',
      'Contributing agencies',
      'Supported by',
    ],
    help: 'Agency names separated by ;, /, commas or new lines; " & " and " and " between two agency names of the partnership.',
  },
  {
    field: 'startDate',
    label: 'Start date',
    required: false,
    synonyms: ['Start', 'Start by', 'Begin', 'From'],
    help: 'Optional. YYYY-MM-DD, DD/MM/YYYY, 31 March 2025 or a date cell.',
  },
  {
    field: 'dueDate',
    label: 'Due date',
    required: true,
    synonyms: ['Due', 'Target date', 'Target', 'Deadline', 'Completion date', 'End date', 'Deliver by', 'By when', 'Timescale'],
    help: 'On or after the start date. Same formats as the start date.',
  },
  {
    field: 'milestones',
    label: 'Milestones',
    required: false,
    synonyms: ['Milestone', 'Key milestones'],
    help: 'Optional. One per line or separated by ;, each a title and a due date: "Training agreed (31/03/2025)".',
  },
  {
    field: 'status',
    label: 'Status',
    required: false,
    synonyms: ['Latest status', 'Current status', 'Progress status', 'Delivery status'],
    help: 'Optional: Not started, In progress, On hold, Completed or Cancelled. Recorded as a progress update.',
  },
  {
    field: 'percentComplete',
    label: '% complete',
    required: false,
    synonyms: ['Percent complete', 'Percentage complete', '% progress', 'Complete %', 'Pct complete', 'Percent'],
    weakSynonyms: ['Progress %', 'Progress'],
    help: 'Optional, 0 to 100 (a percentage cell works too). Completed means 100.',
  },
  {
    field: 'rag',
    label: 'RAG',
    required: false,
    synonyms: ['RAG status', 'RAG rating', 'Rating', 'Reported RAG', 'BRAG'],
    help: "Optional, the reporter's own Red, Amber or Green (Blue only with Completed).",
  },
  {
    field: 'narrative',
    label: 'Latest update',
    required: false,
    synonyms: ['Narrative', 'Update', 'Progress update', 'Progress narrative', 'Commentary', 'Comments', 'Comment', 'Progress notes'],
    help: 'Optional, up to 5,000 characters.',
  },
  {
    field: 'reportedOn',
    label: 'Reported on',
    required: false,
    synonyms: [
      'Update date',
      'Date of update',
      'Last updated',
      'As at',
      'Status date',
      'Reporting date',
      'Date reported',
      'Last reported on',
      'Last update date',
      'Date last updated',
      'Date of last update',
      'Reported',
    ],
    weakSynonyms: ['Last update'],
    help: "Optional date of the update, never in the future; default today in the partnership's time zone.",
  },
];

export const REQUIRED_FIELDS: readonly ImportField[] = IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.field);

/** The progress columns: a row with any of them filled may record a progress update. */
export const PROGRESS_FIELDS: readonly ImportField[] = ['status', 'percentComplete', 'rag', 'narrative'];

/**
 * Header text reduced to what identifies it: lower case, a bracketed hint removed
 * ("Due date (dd/mm/yyyy)"), `%` read as "percent" and `#` as "no", every other run of
 * punctuation or white space a single space.
 */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/%/g, ' percent ')
    .replace(/#/g, ' no ')
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const BY_HEADER: ReadonlyMap<string, ImportField> = (() => {
  const map = new Map<string, ImportField>();
  for (const column of IMPORT_COLUMNS) {
    for (const name of [column.label, column.field.replace(/([A-Z])/g, ' $1'), ...column.synonyms, ...(column.weakSynonyms ?? [])]) {
      const key = normaliseHeader(name);
      const existing = map.get(key);
      if (existing && existing !== column.field) throw new Error(`Header "${name}" is claimed by ${existing} and ${column.field}`);
      map.set(key, column.field);
    }
  }
  return map;
})();

/**
 * The column a header names, or null. "Action …" headers also match without the word "Action"
 * ("Action due date" is the due date), since plans often prefix every column with it.
 */
export function matchHeader(text: string): ImportField | null {
  const key = normaliseHeader(text);
  if (key === '') return null;
  const direct = BY_HEADER.get(key);
  if (direct) return direct;
  if (key.startsWith('action ')) return BY_HEADER.get(key.slice('action '.length)) ?? null;
  return null;
}

const WEAK_HEADERS: ReadonlySet<string> = new Set(IMPORT_COLUMNS.flatMap((c) => (c.weakSynonyms ?? []).map(normaliseHeader)));

/** True when a header gives way to any other header of its column (see `weakSynonyms`). */
export function isWeakHeader(text: string): boolean {
  const key = normaliseHeader(text);
  return WEAK_HEADERS.has(key) || (key.startsWith('action ') && WEAK_HEADERS.has(key.slice('action '.length)));
}

export interface HeaderMatch {
  /** Field → 0-based index of its column. */
  columns: Map<ImportField, number>;
  /** Field → the header as the file writes it, for messages. */
  headers: Map<ImportField, string>;
  /** Headers that name no known column (left alone). */
  ignored: string[];
  /** A field named by two or more headers: ambiguous, so refused. */
  duplicates: { field: ImportField; headers: string[] }[];
  /** Weak headers not read because another header names their column ("Progress %" beside "% complete"). */
  shadowed: { field: ImportField; header: string; by: string }[];
  missing: ImportField[];
}

/** Maps one header row (cell texts, left to right) to the known columns. */
export function matchHeaderRow(cells: readonly string[]): HeaderMatch {
  const columns = new Map<ImportField, number>();
  const headers = new Map<ImportField, string>();
  const ignored: string[] = [];
  const seen = new Map<ImportField, { text: string; index: number }[]>();
  cells.forEach((cell, index) => {
    const text = cell.trim();
    if (text === '') return;
    const field = matchHeader(text);
    if (!field) {
      ignored.push(text);
      return;
    }
    seen.set(field, [...(seen.get(field) ?? []), { text, index }]);
  });
  const duplicates: HeaderMatch['duplicates'] = [];
  const shadowed: HeaderMatch['shadowed'] = [];
  const picked: { field: ImportField; text: string; index: number }[] = [];
  for (const [field, list] of seen) {
    const strong = list.filter((h) => !isWeakHeader(h.text));
    const chosen = strong.length === 1 ? strong[0] : list[0];
    if (strong.length === 1) {
      for (const h of list) if (h !== chosen) shadowed.push({ field, header: h.text, by: chosen.text });
    } else if (list.length > 1) {
      duplicates.push({ field, headers: list.map((h) => h.text) });
    }
    picked.push({ field, ...chosen });
  }
  // Left to right, as the file has them.
  for (const { field, index, text } of picked.sort((x, y) => x.index - y.index)) {
    columns.set(field, index);
    headers.set(field, text);
  }
  const missing = REQUIRED_FIELDS.filter((field) => !columns.has(field));
  return { columns, headers, ignored, duplicates, shadowed, missing };
}

/**
 * Which of the first rows is the header row: the one naming the most known columns, at least two
 * of them required ones. Plans often open with a title row or two, hence the scan. Null when no
 * row looks like a header.
 */
export function findHeaderRow(rows: readonly (readonly string[])[], scan = 15): number | null {
  let best: { index: number; known: number } | null = null;
  rows.slice(0, scan).forEach((cells, index) => {
    const fields = new Set(cells.map(matchHeader).filter((f): f is ImportField => f !== null));
    const required = REQUIRED_FIELDS.filter((f) => fields.has(f)).length;
    if (required >= 2 && (!best || fields.size > best.known)) best = { index, known: fields.size };
  });
  return (best as { index: number } | null)?.index ?? null;
}

/** The header the template (and messages about a missing column) use for a field. */
export function columnLabel(field: ImportField): string {
  return IMPORT_COLUMNS.find((c) => c.field === field)!.label;
}
