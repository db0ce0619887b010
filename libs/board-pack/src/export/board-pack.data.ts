import type { RollUp } from '@app/board-report/rules';
import { ACTION_CHANGE_KIND_LABEL, ACTION_STATUS_LABEL, BOARD_PACK_FORMATS, BoardPackFormat, labelOf, RAG_LABEL, RAG_REASON_LABEL } from '@app/domain';

/**
 * The board report as plain rows for the writers: names instead of ids, nothing lazy, nothing
 * that needs the database. Every figure comes from BoardReportService (and, for "all actions",
 * from the same action-state SQL), so a pack always agrees with `boardReport` for its dates.
 */
export interface BoardPackData {
  partnership: { name: string; timezone: string };
  strategy: { title: string };
  plan: { title: string; startDate: string; endDate: string };
  asOf: string;
  since: string | null;
  /** The board meeting `since` came from when it was not given (the latest before asOf). */
  sinceMeeting?: { title: string; date: string } | null;
  /** Returns by agency over the plan's reporting rounds opened by asOf; empty when the plan has none. */
  roundCompliance?: ComplianceLine[];
  /** When the pack was produced (an instant, shown in the partnership's time zone). */
  generatedAt: Date;
  settings: { staleAfterDays: number; dueSoonDays: number };
  overall: RollUp;
  byPillar: { pillar: string; rollUp: RollUp }[];
  byObjective: { pillar: string; code: string; title: string; rollUp: RollUp }[];
  byAgency: { agency: string; rollUp: RollUp }[];
  overdueActions: ActionLine[];
  overdueMilestones: MilestoneLine[];
  dueSoon: ActionLine[];
  staleActions: ActionLine[];
  changes: ChangeLine[];
  updatesSince: UpdateLine[];
  /** Every action of the plan, in ref order, as of `asOf`. */
  allActions: ActionLine[];
  /** For each red or overdue action (by ref): its latest return as of `asOf`. */
  latestReturns?: Record<string, LatestReturn>;
  /** Set when the pack is published (frozen): version, meeting, who and when, the rules in force. */
  publication?: PackPublication | null;
  /** The coordinator's commentary, printed after the title page (published packs). */
  commentary?: PackCommentary | null;
  /** The plan's previous published pack, for "was N at the last board" and "Since the last board". */
  lastBoard?: LastBoard | null;
  /** Derived RAG by P in the last published packs, oldest first, then this pack. */
  ragTrend?: RagTrendPoint[];
  /** A live pack for dates a pack was published for: that pack, and what now differs from it. */
  published?: { version: number; publishedAt: string; differences: LastBoard['differences'] } | null;
}

export interface LatestReturn {
  reportedOn: string;
  author: string;
  agency: string;
  narrative: string;
}

export interface PackPublication {
  version: number;
  /** An instant as ISO text (JSON-safe: the data is frozen as JSON). */
  publishedAt: string;
  publishedBy: string;
  meetingTitle: string | null;
  meetingDate: string | null;
  reason: string | null;
  ruleVersion: string;
}

export interface PackCommentary {
  summary: string;
  /** By pillar code (PREVENT, …): the commentary of that P, empty when none was written. */
  pillars: Record<string, string>;
}

export interface LastBoard {
  version: number;
  publishedAt: string;
  asOf: string;
  meetingTitle: string | null;
  meetingDate: string | null;
  overall: RollUp;
  byPillar: { pillar: string; rollUp: RollUp }[];
  /** What changed from that pack to this one (packDifferences). */
  differences: { kind: string; path: string; ref: string | null; before: string | null; after: string | null }[];
}

export interface RagTrendPoint {
  /** "31 Mar 2026" or "This pack". */
  label: string;
  asOf: string;
  byPillar: { pillar: string; red: number; amber: number; green: number; blue: number }[];
}

export interface ActionLine {
  ref: string;
  title: string;
  pillar: string;
  objectiveCode: string;
  objectiveTitle: string;
  leadAgency: string;
  supportingAgencies: string[];
  startDate: string | null;
  dueDate: string;
  /** The due date before any move in effect by asOf, when the action was re-baselined; else null. */
  originalDueDate?: string | null;
  status: string;
  /** Reported percent complete as of the date. */
  percentComplete: number;
  /** 100 when completed, else the percent complete (DESIGN.md "progress"). */
  progress: number;
  rag: string | null;
  ragReasons: string[];
  overdue: boolean;
  daysOverdue: number;
  dueSoon: boolean;
  stale: boolean;
  lastReportedOn: string | null;
}

export interface MilestoneLine {
  ref: string;
  actionTitle: string;
  leadAgency: string;
  milestone: string;
  dueDate: string;
  daysOverdue: number;
}

export interface ChangeLine {
  ref: string;
  title: string;
  leadAgency: string;
  statusBefore: string;
  statusAfter: string;
  ragBefore: string | null;
  ragAfter: string | null;
  /** STATUS_OR_RAG, ADDED, REMOVED, DUE_DATE_MOVED, PROGRESS_MOVED (absent in packs frozen before they existed). */
  kinds?: string[];
  ragReasonsBefore?: string[];
  ragReasonsAfter?: string[];
  progressBefore?: number | null;
  progressAfter?: number | null;
  dueDateBefore?: string | null;
  dueDateAfter?: string | null;
}

export interface ComplianceLine {
  agency: string;
  due: number;
  onTime: number;
  late: number;
  missed: number;
  outstanding: number;
  acknowledged: number;
}

/** "31 Jan 2027": a date in a table cell where the month is spelled. */
export function mediumDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`;
}

/** "31 Jan 2027 (originally 30 Sep 2026)" for a re-baselined action; the date alone otherwise. */
export function dueText(a: { dueDate: string; originalDueDate?: string | null }): string {
  return a.originalDueDate && a.originalDueDate !== a.dueDate ? `${mediumDate(a.dueDate)} (originally ${mediumDate(a.originalDueDate)})` : mediumDate(a.dueDate);
}

/** A state in words: "Amber (no recent update)", "Red (overdue, reported red)", "Completed" when no RAG. */
function stateText(status: string, rag: string | null | undefined, reasons: string[] | undefined): string {
  if (!rag) return labelOf(ACTION_STATUS_LABEL, status);
  const why = (reasons ?? []).map((r) => labelOf(RAG_REASON_LABEL, r).toLowerCase());
  const word = labelOf(RAG_LABEL, rag);
  return why.length ? `${word} (${why.join(', ')})` : word;
}

/** The kinds of a change in words ("Status or RAG changed, Due date moved"); packs frozen before kinds existed list status or RAG changes only. */
export function changeKindsText(c: ChangeLine): string {
  return (c.kinds ?? ['STATUS_OR_RAG'])
    .map((k) => {
      if (k !== 'STATUS_OR_RAG') return labelOf(ACTION_CHANGE_KIND_LABEL, k);
      const status = c.statusBefore !== c.statusAfter;
      const rag = c.ragBefore !== c.ragAfter;
      return status && rag ? 'Status and RAG changed' : status ? 'Status changed' : rag ? 'RAG changed' : ACTION_CHANGE_KIND_LABEL[k];
    })
    .join(', ');
}

/** What changed, in words, one clause per kind: "Amber (no recent update) → Red (overdue); due date moved 30 Sep 2026 → 31 Jan 2027". */
export function changeText(c: ChangeLine, arrow = '→'): string {
  const to = ` ${arrow} `;
  const kinds = c.kinds ?? ['STATUS_OR_RAG'];
  const parts: string[] = [];
  for (const kind of kinds) {
    if (kind === 'ADDED') parts.push(`Added to the plan, now ${stateText(c.statusAfter, c.ragAfter, c.ragReasonsAfter)}`);
    else if (kind === 'REMOVED') parts.push(`Removed from the plan, was ${stateText(c.statusBefore, c.ragBefore, c.ragReasonsBefore)}`);
    else if (kind === 'STATUS_OR_RAG') {
      const status = c.statusBefore !== c.statusAfter ? `${labelOf(ACTION_STATUS_LABEL, c.statusBefore)}${to}${labelOf(ACTION_STATUS_LABEL, c.statusAfter)}` : null;
      const ragMoved = c.ragBefore !== c.ragAfter || (c.ragReasonsBefore ?? []).join() !== (c.ragReasonsAfter ?? []).join();
      // With the status said, a side with no RAG (cancelled) is not said twice.
      const rag = !ragMoved
        ? null
        : status && !c.ragAfter
          ? `was ${stateText(c.statusBefore, c.ragBefore, c.ragReasonsBefore)}`
          : status && !c.ragBefore
            ? `now ${stateText(c.statusAfter, c.ragAfter, c.ragReasonsAfter)}`
            : `${stateText(c.statusBefore, c.ragBefore, c.ragReasonsBefore)}${to}${stateText(c.statusAfter, c.ragAfter, c.ragReasonsAfter)}`;
      parts.push([status, rag].filter(Boolean).join('; ') || 'Status or RAG changed');
    } else if (kind === 'DUE_DATE_MOVED' && c.dueDateBefore && c.dueDateAfter)
      parts.push(`Due date moved ${mediumDate(c.dueDateBefore)}${to}${mediumDate(c.dueDateAfter)}`);
    else if (kind === 'PROGRESS_MOVED' && c.progressBefore != null && c.progressAfter != null)
      parts.push(`Progress ${Math.round(c.progressBefore)}%${to}${Math.round(c.progressAfter)}%`);
    else parts.push(labelOf(ACTION_CHANGE_KIND_LABEL, kind));
  }
  return parts.join('; ');
}

export interface UpdateLine {
  reportedOn: string;
  ref: string;
  title: string;
  author: string;
  agency: string;
  status: string;
  percentComplete: number;
  rag: string | null;
  narrative: string;
}

/** A board pack format as its files are named (`BOARD_PACK_FORMATS` in lower case). */
export type BoardPackFormatName = Lowercase<BoardPackFormat>;

export const BOARD_PACK_FORMAT_NAMES = BOARD_PACK_FORMATS.map((f) => f.toLowerCase() as BoardPackFormatName);

/** The RAG palette of every pack (fill colour, and text colour on it). */
export const RAG_COLOURS: Readonly<Record<string, { fill: string; text: string }>> = {
  RED: { fill: 'C0392B', text: 'FFFFFF' },
  AMBER: { fill: 'E69F00', text: '000000' },
  GREEN: { fill: '2E8B57', text: 'FFFFFF' },
  BLUE: { fill: '2F6DB5', text: 'FFFFFF' },
};
