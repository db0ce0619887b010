import {
  ACTION_STATUS_LABEL,
  ACTION_STATUSES,
  ActionStatusName,
  PILLAR_LABEL,
  PillarName,
  PILLARS,
  RAG_LABEL,
  RagName,
  RAGS,
  REPORTABLE_RAGS,
  TITLE_MAX,
} from '@app/domain';
import { CellValue, parseSheetDate } from './sheet-date.rule';

/**
 * Pure readers for the values of a delivery plan row. Each returns the value or a message saying
 * what is wrong with the cell; the caller attaches row and column. No framework imports.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** A cell as text: trimmed; numbers as written; a date cell as YYYY-MM-DD; blank as ''. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.date;
  return String(value).trim();
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === undefined || cellText(value) === '';
}

/** Words only, lower case: how names and codes are compared. */
function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The pillar a cell names: "Prevent", "PREVENT", "2. Pursue", "Protect (P3)". Exactly one of the
 * four words must appear.
 */
export function parsePillar(value: CellValue): Parsed<PillarName> {
  const text = words(cellText(value));
  const found = PILLARS.filter((p) => new RegExp(`\\b${p.toLowerCase()}\\b`).test(text));
  return found.length === 1 ? ok(found[0]) : fail(`"${cellText(value).slice(0, 40)}" is not one of ${PILLARS.map((p) => PILLAR_LABEL[p]).join(', ')}`);
}

/** Each status by its label ("in progress", also how `IN_PROGRESS` reads), and the other words plans use for it. */
const STATUS_WORDS: Readonly<Record<string, ActionStatusName>> = {
  ...Object.fromEntries(ACTION_STATUSES.map((status): [string, ActionStatusName] => [words(ACTION_STATUS_LABEL[status]), status])),
  'not yet started': 'NOT_STARTED',
  started: 'IN_PROGRESS',
  ongoing: 'IN_PROGRESS',
  'on track': 'IN_PROGRESS',
  paused: 'ON_HOLD',
  complete: 'COMPLETED',
  done: 'COMPLETED',
  canceled: 'CANCELLED',
  withdrawn: 'CANCELLED',
};

/** An action status, as the enum (`IN_PROGRESS`) or in words ("In progress", "Complete", "Done"). */
export function parseStatus(value: CellValue): Parsed<ActionStatusName> {
  const status = STATUS_WORDS[words(cellText(value))];
  return status ? ok(status) : fail(`"${cellText(value).slice(0, 40)}" is not a status (${ACTION_STATUSES.map((s) => ACTION_STATUS_LABEL[s]).join(', ')})`);
}

/**
 * Percent complete as a whole number 0–100: `45`, `"45%"`, `45.4` (rounded), or a fraction from
 * a percentage cell the reader could not tell apart (`0.45`: a non-integer between 0 and 1 is read
 * as a fraction, since nobody reports 0.45 %).
 */
export function parsePercent(value: CellValue): Parsed<number> {
  let n: number;
  if (typeof value === 'number') {
    n = value;
  } else {
    const text = cellText(value).replace(/\s+/g, '');
    const m = /^(-?\d+(?:\.\d+)?)%?$/.exec(text);
    if (!m) return fail(`"${cellText(value).slice(0, 40)}" is not a percentage (0 to 100)`);
    n = Number(m[1]);
  }
  if (n > 0 && n < 1 && !Number.isInteger(n)) n *= 100;
  const rounded = Math.round(n);
  if (!Number.isFinite(rounded) || rounded < 0 || rounded > 100) return fail(`${n} is not between 0 and 100`);
  return ok(rounded);
}

/** Each RAG by its label ("red"), its initial ("r"), and yellow for amber. */
const RAG_WORDS: Readonly<Record<string, RagName>> = {
  ...Object.fromEntries(
    RAGS.flatMap((rag): [string, RagName][] => [
      [words(RAG_LABEL[rag]), rag],
      [words(RAG_LABEL[rag]).charAt(0), rag],
    ]),
  ),
  yellow: 'AMBER',
};

/** A RAG rating: Red, Amber, Green (or R, A, G); Blue (B) is read too, for the caller to judge. */
export function parseRag(value: CellValue): Parsed<RagName> {
  const rag = RAG_WORDS[words(cellText(value))];
  return rag ? ok(rag) : fail(`"${cellText(value).slice(0, 40)}" is not a RAG rating (${REPORTABLE_RAGS.map((r) => RAG_LABEL[r]).join(', ')})`);
}

/**
 * How agency names are compared: case, spacing, dashes, apostrophes and a trailing full stop do
 * not matter ("Northshire  police." is "Northshire Police").
 */
export function agencyKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‐-―−]/g, '-')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
}

const DATE_TOKEN = String.raw`(\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th)?[\s-]+[A-Za-z]{3,9}\.?,?[\s-]+\d{4})`;
const DATE_AT_END = new RegExp(String.raw`^(.*?)[\s,:;|–—-]*[(\[]?\s*(?:due(?:\s+by)?|by|target)?\s*:?\s*${DATE_TOKEN}\s*[)\]]?$`, 'i');
const DATE_AT_START = new RegExp(String.raw`^${DATE_TOKEN}\s*[:|–—-]?\s+(.+)$`, 'i');

export interface MilestoneText {
  title: string;
  dueDate: string;
}

/**
 * The milestones of one cell: one per line or separated by semicolons, each a title and a due date
 * in either order — "Training package agreed (31/03/2025)", "Pilot live - due 2025-06-30",
 * "30 Sep 2025: Evaluation published". Returns the milestones read and a message per item that
 * could not be.
 */
export function parseMilestones(text: string): { milestones: MilestoneText[]; errors: string[] } {
  const milestones: MilestoneText[] = [];
  const errors: string[] = [];
  for (const raw of text.split(/[;\n\r]+/)) {
    const item = raw.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim();
    if (item === '') continue;
    const end = DATE_AT_END.exec(item);
    const start = end ? null : DATE_AT_START.exec(item);
    const title = (end ? end[1] : (start?.[2] ?? '')).trim().replace(/[\s,:;|–—-]+$/, '');
    const dateText = end ? end[2] : start?.[1];
    if (!dateText || title === '') {
      errors.push(`"${item.slice(0, 60)}" needs a title and a due date, e.g. "Training agreed (31/03/2025)"`);
      continue;
    }
    const date = parseSheetDate(dateText);
    if (!date.ok) {
      errors.push(`"${item.slice(0, 60)}": ${date.message}`);
      continue;
    }
    if (title.length > TITLE_MAX) {
      errors.push(`"${item.slice(0, 60)}…": the title is longer than ${TITLE_MAX} characters`);
      continue;
    }
    milestones.push({ title, dueDate: date.date });
  }
  return { milestones, errors };
}
