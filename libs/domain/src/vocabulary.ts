/**
 * Every closed list of words the tracker uses, once: constant tuples in the order people read them,
 * with the types derived from them. The GraphQL enums, the entities' CHECK constraints, the rules,
 * the spreadsheet import and the SQL all take their values from here.
 */

/** The four P's a strategy's objectives are organised by (DESIGN.md), in the order boards read them. */
export const PILLARS = ['PREVENT', 'PURSUE', 'PROTECT', 'PREPARE'] as const;
export type PillarName = (typeof PILLARS)[number];

/** Where an action stands, as its owners report it. */
export const ACTION_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CANCELLED'] as const;
export type ActionStatusName = (typeof ACTION_STATUSES)[number];

/** Statuses that end an action: nothing is overdue or stale after them. */
export const CLOSED_ACTION_STATUSES = ['COMPLETED', 'CANCELLED'] as const satisfies readonly ActionStatusName[];

/** A strategy's life. */
export const STRATEGY_STATUSES = ['DRAFT', 'ACTIVE', 'ARCHIVED'] as const;
export type StrategyStatusName = (typeof STRATEGY_STATUSES)[number];

/** The derived RAG (rules.md): BLUE completed, RED overdue or reported red, AMBER at risk, GREEN on track. */
export const RAGS = ['RED', 'AMBER', 'GREEN', 'BLUE'] as const;
export type RagName = (typeof RAGS)[number];

/** What a reporter may state: BLUE is derived from COMPLETED, never reported. */
export const REPORTABLE_RAGS = ['RED', 'AMBER', 'GREEN'] as const satisfies readonly RagName[];
export type ReportableRagName = (typeof REPORTABLE_RAGS)[number];

/** The rules that can make an action RED or AMBER, in the order reasons are reported (red reasons first). */
export const RAG_REASONS = ['OVERDUE', 'REPORTED_RED', 'MILESTONE_OVERDUE', 'NO_RECENT_UPDATE', 'REPORTED_AMBER', 'ON_HOLD'] as const;
export type RagReasonName = (typeof RAG_REASONS)[number];

/** The kinds of organisation on a partnership. */
export const AGENCY_KINDS = ['COUNCIL', 'POLICE', 'HEALTH', 'FIRE', 'PROBATION', 'EDUCATION', 'VOLUNTARY', 'BUSINESS', 'OTHER'] as const;
export type AgencyKindName = (typeof AGENCY_KINDS)[number];

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

/** Whether a string is one of a vocabulary's values (and so may be used as that type). */
export function isOneOf<const T extends readonly string[]>(values: T, value: unknown): value is T[number] {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
