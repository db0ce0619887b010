/** Formatting for people: dates in words, RAG and status labels, the reasons behind a RAG in sentences. */

import type { ActionStatus, Pillar, Rag, RagReason } from '../gql/graphql';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The API's vocabularies, as the schema generated from them declares them (`npm run codegen`). */
export type { ActionStatus, Pillar, Rag, RagReason };

/** The 4 P's in reading order (the schema lists enum values alphabetically). */
export const PILLARS: Pillar[] = ['PREVENT', 'PURSUE', 'PROTECT', 'PREPARE'];

/** A calendar date (YYYY-MM-DD) as "30 September 2026"; no timezone is involved. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** Whole days from `from` to `to` (calendar dates), positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `date` plus `n` days (n may be negative). */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The same day `n` months earlier (clamped to the month's last day): 31 May minus 3 months is 28/29 February. */
export function monthsBefore(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) - n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Today's calendar date in an IANA timezone at the instant `now`. */
export function todayIn(timezone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** An instant (ISO 8601) as "3 June 2026 at 2:05pm" in the partnership's timezone. */
export function formatDateTime(instant: string, timezone: string): string {
  const at = new Date(instant);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h12',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const dayPeriod = get('dayPeriod').toLowerCase().replace(/\s|\./g, '');
  return `${formatDate(`${get('year')}-${get('month')}-${get('day')}`)} at ${get('hour')}:${get('minute')}${dayPeriod}`;
}

/** "1 day", "60 days". */
export function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** "60 days ago", "today", "in 3 days". */
export function relativeDays(date: string, asOf: string): string {
  const n = daysBetween(date, asOf);
  if (n === 0) return 'today';
  return n > 0 ? `${days(n)} ago` : `in ${days(-n)}`;
}

export const RAG_LABEL: Record<Rag, string> = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green', BLUE: 'Blue' };
/** What each colour means, for people who cannot tell the colours apart. */
export const RAG_MEANING: Record<Rag, string> = {
  RED: 'overdue or reported red',
  AMBER: 'at risk',
  GREEN: 'on track',
  BLUE: 'completed',
};

export const STATUS_LABEL: Record<ActionStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  ON_HOLD: 'On hold',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

export const PILLAR_LABEL: Record<Pillar, string> = { PREVENT: 'Prevent', PURSUE: 'Pursue', PROTECT: 'Protect', PREPARE: 'Prepare' };

export function pillarFromSlug(slug: string | undefined): Pillar | null {
  const upper = (slug ?? '').toUpperCase();
  return (PILLARS as string[]).includes(upper) ? (upper as Pillar) : null;
}

/** What is known about an action when explaining its RAG reasons. */
export interface ReasonContext {
  /** The date the figures are as of (today on the action page). */
  asOf: string;
  dueDate: string;
  /** The last report's date; null when there has never been one; undefined when not known for `asOf`. */
  lastReportedOn?: string | null;
  staleAfterDays?: number | null;
  /** Overdue milestones as of `asOf`, most overdue first. */
  overdueMilestones?: { title: string; dueDate: string }[];
}

/** One sentence per reason, e.g. "Overdue: due 30 September 2026, 60 days ago". */
export function reasonSentence(reason: RagReason, ctx: ReasonContext): string {
  switch (reason) {
    case 'OVERDUE':
      return `Overdue: due ${formatDate(ctx.dueDate)}, ${relativeDays(ctx.dueDate, ctx.asOf)}`;
    case 'MILESTONE_OVERDUE': {
      const list = ctx.overdueMilestones ?? [];
      if (list.length === 0) return 'A milestone is overdue';
      const first = list[0];
      const more = list.length > 1 ? ` (and ${list.length - 1} more)` : '';
      return `Milestone overdue: "${first.title}" was due ${formatDate(first.dueDate)}, ${relativeDays(first.dueDate, ctx.asOf)}${more}`;
    }
    case 'NO_RECENT_UPDATE': {
      const window = ctx.staleAfterDays ? `in the ${days(ctx.staleAfterDays)} before ${formatDate(ctx.asOf)}` : `recently`;
      if (ctx.lastReportedOn === undefined) return `No recent update: nothing reported ${window}`;
      if (ctx.lastReportedOn === null) return 'No recent update: no progress reported yet';
      return `No recent update: last reported ${formatDate(ctx.lastReportedOn)}, ${relativeDays(ctx.lastReportedOn, ctx.asOf)}`;
    }
    case 'REPORTED_RED':
      return 'Reported red: the latest progress return rates it red';
    case 'REPORTED_AMBER':
      return 'Reported amber: the latest progress return rates it amber';
    case 'ON_HOLD':
      return 'On hold: work on this action is paused';
  }
}

/** A short label for a reason, for tables. */
export const REASON_LABEL: Record<RagReason, string> = {
  OVERDUE: 'Overdue',
  MILESTONE_OVERDUE: 'Milestone overdue',
  NO_RECENT_UPDATE: 'No recent update',
  REPORTED_RED: 'Reported red',
  REPORTED_AMBER: 'Reported amber',
  ON_HOLD: 'On hold',
};

/** "42.5%" (one decimal only when there is one). */
export function percent(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

export type ChangeKind = 'STATUS_OR_RAG' | 'ADDED' | 'REMOVED' | 'DUE_DATE_MOVED' | 'PROGRESS_MOVED';

/** What `changes` says about one action between the since and as-of dates. */
export interface ChangeView {
  kinds: ChangeKind[];
  statusBefore: ActionStatus;
  statusAfter: ActionStatus;
  ragBefore?: Rag | null;
  ragAfter?: Rag | null;
  dueDateBefore?: string | null;
  dueDateAfter?: string | null;
  progressBefore?: number | null;
  progressAfter?: number | null;
}

/** One phrase per kind of change, e.g. "Due date moved from 30 September 2026 to 31 January 2027". */
export function changeInWords(c: ChangeView): string[] {
  const out: string[] = [];
  for (const kind of c.kinds) {
    switch (kind) {
      case 'ADDED':
        out.push('Added to the plan');
        break;
      case 'REMOVED':
        out.push('Removed from the plan');
        break;
      case 'STATUS_OR_RAG': {
        const before = c.kinds.includes('ADDED') || c.kinds.includes('REMOVED');
        if (before) break; // the status and RAG columns say the rest
        if (c.statusBefore !== c.statusAfter) out.push(`Status changed from ${STATUS_LABEL[c.statusBefore]} to ${STATUS_LABEL[c.statusAfter]}`);
        if ((c.ragBefore ?? null) !== (c.ragAfter ?? null))
          out.push(`RAG changed from ${c.ragBefore ? RAG_LABEL[c.ragBefore] : 'none'} to ${c.ragAfter ? RAG_LABEL[c.ragAfter] : 'none'}`);
        if (c.statusBefore === c.statusAfter && (c.ragBefore ?? null) === (c.ragAfter ?? null)) out.push('Status or RAG changed');
        break;
      }
      case 'DUE_DATE_MOVED':
        out.push(c.dueDateBefore && c.dueDateAfter ? `Due date moved from ${formatDate(c.dueDateBefore)} to ${formatDate(c.dueDateAfter)}` : 'Due date moved');
        break;
      case 'PROGRESS_MOVED':
        out.push(
          c.progressBefore != null && c.progressAfter != null ? `Progress moved from ${percent(c.progressBefore)} to ${percent(c.progressAfter)}` : 'Progress moved',
        );
        break;
    }
  }
  return out;
}

/** The reasons behind a RAG in words, for a before or after column: "Overdue, No recent update" or "None (on track)". */
export function reasonsInWords(reasons: readonly RagReason[], rag: Rag | null | undefined): string {
  if (reasons.length) return reasons.map((r) => REASON_LABEL[r]).join(', ');
  if (rag === 'GREEN') return 'None (on track)';
  if (rag === 'BLUE') return 'None (completed)';
  return 'None';
}

/**
 * The re-baselining note after a due date: "(originally 30 September 2026, moved on 1 November 2026)",
 * or '' when the due date never moved. `revisions` in the order they were made; "moved on" is the day the
 * latest move took effect.
 */
export function dueDateNote(dueDate: string, originalDueDate: string | null | undefined, revisions: readonly { effectiveFrom: string }[]): string {
  if (!revisions.length) return '';
  const last = formatDate(revisions[revisions.length - 1].effectiveFrom);
  const moved = revisions.length === 1 ? `moved on ${last}` : `moved ${revisions.length} times, last on ${last}`;
  if (!originalDueDate || originalDueDate === dueDate) return `(${moved}, back to the original date)`;
  return `(originally ${formatDate(originalDueDate)}, ${moved})`;
}

/** "due 31 January 2027 (originally 30 September 2026, moved on 1 November 2026)", or "due 31 January 2027". */
export function dueDateSentence(dueDate: string, originalDueDate: string | null | undefined, revisions: readonly { effectiveFrom: string }[]): string {
  const note = dueDateNote(dueDate, originalDueDate, revisions);
  return `due ${formatDate(dueDate)}${note ? ` ${note}` : ''}`;
}

/** One move of a due date, for the action page's list. */
export interface RevisionView {
  changedAt: string;
  effectiveFrom: string;
  from: string;
  to: string;
  changedBy?: { name: string } | null;
}

/**
 * "Moved from 30 September 2026 to 31 January 2027 by Sarah Whitfield, in force from 1 November 2026 (recorded 1 November 2026 at 2:05pm)";
 * a back-dated correction says so.
 */
export function revisionSentence(r: RevisionView, timezone: string): string {
  const recordedOn = todayIn(timezone, new Date(r.changedAt));
  const who = r.changedBy ? `by ${r.changedBy.name}` : 'outside the app';
  const backDated = recordedOn > r.effectiveFrom ? ', a back-dated correction' : '';
  return `Moved from ${formatDate(r.from)} to ${formatDate(r.to)} ${who}, in force from ${formatDate(r.effectiveFrom)} (recorded ${formatDateTime(r.changedAt, timezone)}${backDated})`;
}
