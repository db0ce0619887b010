import { enumOf } from './enum-of';

/**
 * Every closed list of words the tracker uses, once: constant tuples in the order people read them,
 * with the types derived from them. The GraphQL enums (registered in `@app/common`'s
 * `graphql/enums.ts`), the entities' CHECK constraints, the rules, the spreadsheet import and the SQL
 * all take their values from here.
 *
 * Each vocabulary has a tuple (`PILLARS`), its union type (`PillarName`) and an enum-like object of
 * the same union (`Pillar`, value and type), for GraphQL, class-validator and `Pillar.PREVENT` in code.
 */

/** The four P's a strategy's objectives are organised by (DESIGN.md), in the order boards read them. */
export const PILLARS = ['PREVENT', 'PURSUE', 'PROTECT', 'PREPARE'] as const;
export type PillarName = (typeof PILLARS)[number];
export const Pillar = enumOf(PILLARS);
export type Pillar = PillarName;

/** Where an action stands, as its owners report it. */
export const ACTION_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CANCELLED'] as const;
export type ActionStatusName = (typeof ACTION_STATUSES)[number];
export const ActionStatus = enumOf(ACTION_STATUSES);
export type ActionStatus = ActionStatusName;

/** Statuses that end an action: nothing is overdue or stale after them, and only the lead or a coordinator may report them. */
export const CLOSED_ACTION_STATUSES = ['COMPLETED', 'CANCELLED'] as const satisfies readonly ActionStatusName[];
export type ClosedActionStatusName = (typeof CLOSED_ACTION_STATUSES)[number];

/** A strategy's life. */
export const STRATEGY_STATUSES = ['DRAFT', 'ACTIVE', 'ARCHIVED'] as const;
export type StrategyStatusName = (typeof STRATEGY_STATUSES)[number];
export const StrategyStatus = enumOf(STRATEGY_STATUSES);
export type StrategyStatus = StrategyStatusName;

/** The derived RAG (rules.md): BLUE completed, RED overdue or reported red, AMBER at risk, GREEN on track. */
export const RAGS = ['RED', 'AMBER', 'GREEN', 'BLUE'] as const;
export type RagName = (typeof RAGS)[number];
export const Rag = enumOf(RAGS);
export type Rag = RagName;

/** What a reporter may state: BLUE is derived from COMPLETED, never reported. */
export const REPORTABLE_RAGS = ['RED', 'AMBER', 'GREEN'] as const satisfies readonly RagName[];
export type ReportableRagName = (typeof REPORTABLE_RAGS)[number];

/** The rules that can make an action RED or AMBER, in the order reasons are reported (red reasons first). */
export const RAG_REASONS = ['OVERDUE', 'REPORTED_RED', 'MILESTONE_OVERDUE', 'NO_RECENT_UPDATE', 'REPORTED_AMBER', 'ON_HOLD'] as const;
export type RagReasonName = (typeof RAG_REASONS)[number];
export const RagReason = enumOf(RAG_REASONS);
export type RagReason = RagReasonName;

/** The kinds of organisation on a partnership. */
export const AGENCY_KINDS = ['COUNCIL', 'POLICE', 'HEALTH', 'FIRE', 'PROBATION', 'EDUCATION', 'VOLUNTARY', 'BUSINESS', 'OTHER'] as const;
export type AgencyKindName = (typeof AGENCY_KINDS)[number];
export const AgencyKind = enumOf(AGENCY_KINDS);
export type AgencyKind = AgencyKindName;

/** A member's role within one partnership (DESIGN.md, "Permissions"). */
export const ROLES = ['COORDINATOR', 'PARTNER', 'BOARD_MEMBER'] as const;
export type RoleName = (typeof ROLES)[number];
export const Role = enumOf(ROLES);
export type Role = RoleName;

/** What changed about an action between two dates of a board report (an action can have several). */
export const ACTION_CHANGE_KINDS = ['STATUS_OR_RAG', 'ADDED', 'REMOVED', 'DUE_DATE_MOVED', 'PROGRESS_MOVED'] as const;
export type ActionChangeKindName = (typeof ACTION_CHANGE_KINDS)[number];
export const ActionChangeKind = enumOf(ACTION_CHANGE_KINDS);
export type ActionChangeKind = ActionChangeKindName;

/**
 * Where a reporting round stands on a day: PLANNED before the opening date (returns not asked for
 * yet); OPEN from the opening date to the deadline, both included; IN_GRACE after the deadline up to
 * and including the last day of grace (returns are late but count); CLOSED after grace, or from the
 * day a coordinator closed it.
 */
export const ROUND_STATES = ['PLANNED', 'OPEN', 'IN_GRACE', 'CLOSED'] as const;
export type RoundStateName = (typeof ROUND_STATES)[number];
export const RoundState = enumOf(ROUND_STATES);
export type RoundState = RoundStateName;

/**
 * Where one return due in a round stands: OUTSTANDING (asked for, not made yet, and the round still
 * takes returns), ON_TIME (made from the opening date to the deadline), LATE (made after the deadline,
 * within grace), MISSED (not made by the last day of returns).
 */
export const RETURN_STATUSES = ['OUTSTANDING', 'ON_TIME', 'LATE', 'MISSED'] as const;
export type ReturnStatusName = (typeof RETURN_STATUSES)[number];
export const ReturnStatus = enumOf(RETURN_STATUSES);
export type ReturnStatus = ReturnStatusName;

/** How often generated reporting rounds recur. */
export const ROUND_CADENCES = ['MONTHLY', 'QUARTERLY'] as const;
export type RoundCadenceName = (typeof ROUND_CADENCES)[number];
export const RoundCadence = enumOf(ROUND_CADENCES);
export type RoundCadence = RoundCadenceName;

/** How often a person gets the e-mail digest of returns they must make (WEEKLY: on Mondays). */
export const DIGEST_FREQUENCIES = ['DAILY', 'WEEKLY'] as const;
export type DigestFrequencyName = (typeof DIGEST_FREQUENCIES)[number];
export const DigestFrequency = enumOf(DIGEST_FREQUENCIES);
export type DigestFrequency = DigestFrequencyName;

/** What one difference between two versions of a published board pack is about. */
export const PACK_DIFFERENCE_KINDS = ['FIGURE', 'PILLAR', 'ACTION', 'ACTION_ADDED', 'ACTION_REMOVED'] as const;
export type PackDifferenceKindName = (typeof PACK_DIFFERENCE_KINDS)[number];
export const PackDifferenceKind = enumOf(PACK_DIFFERENCE_KINDS);
export type PackDifferenceKind = PackDifferenceKindName;

/** The file formats a board pack is written in (the board pack names its files by them in lower case). */
export const BOARD_PACK_FORMATS = ['XLSX', 'CSV', 'PDF'] as const;
export const BoardPackFormat = enumOf(BOARD_PACK_FORMATS);
export type BoardPackFormat = (typeof BOARD_PACK_FORMATS)[number];

/** Words for each value in what people read (the web app, packs, e-mail). */
export const PILLAR_LABEL: Readonly<Record<PillarName, string>> = { PREVENT: 'Prevent', PURSUE: 'Pursue', PROTECT: 'Protect', PREPARE: 'Prepare' };

export const ACTION_STATUS_LABEL: Readonly<Record<ActionStatusName, string>> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  ON_HOLD: 'On hold',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

export const RAG_LABEL: Readonly<Record<RagName, string>> = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green', BLUE: 'Blue' };

export const RAG_REASON_LABEL: Readonly<Record<RagReasonName, string>> = {
  OVERDUE: 'Overdue',
  REPORTED_RED: 'Reported red',
  MILESTONE_OVERDUE: 'Milestone overdue',
  NO_RECENT_UPDATE: 'No recent update',
  REPORTED_AMBER: 'Reported amber',
  ON_HOLD: 'On hold',
};

export const ACTION_CHANGE_KIND_LABEL: Readonly<Record<ActionChangeKindName, string>> = {
  STATUS_OR_RAG: 'Status or RAG changed',
  ADDED: 'Added to the plan',
  REMOVED: 'Removed from the plan',
  DUE_DATE_MOVED: 'Due date moved',
  PROGRESS_MOVED: 'Progress moved',
};

/**
 * The label of a value that arrives as plain text (a frozen pack's JSON, a row): the vocabulary's
 * word for it, or the text itself when it is no value of the vocabulary.
 */
export function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
  return Object.prototype.hasOwnProperty.call(labels, value) ? labels[value] : value;
}

/** Whether a string is one of a vocabulary's values (and so may be used as that type). */
export function isOneOf<const T extends readonly string[]>(values: T, value: unknown): value is T[number] {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
