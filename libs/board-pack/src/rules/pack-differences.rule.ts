import type { RollUp } from '@app/board-report/rules';
import { PackDifferenceKind, PILLARS } from '@app/domain';

/**
 * What two versions of a board pack's data say differently, figure by figure and action by action:
 * the figures of the whole plan (`FIGURE`), of each P (`PILLAR`), and each action's fields by ref
 * (`ACTION`; an action only one side has is `ACTION_ADDED` or `ACTION_REMOVED`). Used both for drift
 * (a published pack's frozen data against the live report for the same dates) and for comparing two
 * published packs (the last board's against this one). Pure: plain data in, a stable list out.
 */
export interface PackDifference {
  kind: PackDifferenceKind;
  /** `overall.byRag.red`, `PREVENT.progress`, `1.2.status`; for an added or removed action its ref. */
  path: string;
  /** The P for PILLAR, the action's ref for ACTION*, else null. */
  ref: string | null;
  /** The value before and after, as text (numbers as written, booleans as true/false, lists joined by ", "); null when absent. */
  before: string | null;
  after: string | null;
}

/** The part of a pack's data the comparison reads (a frozen pack's JSON has this shape too). */
export interface ComparableAction {
  ref: string;
  title: string;
  pillar: string;
  objectiveCode: string;
  leadAgency: string;
  supportingAgencies: string[];
  startDate: string | null;
  dueDate: string;
  status: string;
  progress: number;
  rag: string | null;
  ragReasons: string[];
  overdue: boolean;
  daysOverdue: number;
  dueSoon: boolean;
  stale: boolean;
  lastReportedOn: string | null;
}

export interface ComparablePack {
  overall: RollUp;
  byPillar: { pillar: string; rollUp: RollUp }[];
  allActions: ComparableAction[];
}

/** The roll-up figures compared, in the order listed. */
export const ROLL_UP_FIGURES: readonly string[] = [
  'total',
  'completed',
  'progress',
  'byRag.red',
  'byRag.amber',
  'byRag.green',
  'byRag.blue',
  'overdue',
  'dueSoon',
  'stale',
  'byStatus.notStarted',
  'byStatus.inProgress',
  'byStatus.onHold',
  'byStatus.completed',
  'cancelled',
];

/** The action fields compared, in the order listed. */
export const ACTION_FIELDS: readonly (keyof ComparableAction)[] = [
  'title',
  'objectiveCode',
  'leadAgency',
  'supportingAgencies',
  'startDate',
  'dueDate',
  'status',
  'progress',
  'rag',
  'ragReasons',
  'overdue',
  'daysOverdue',
  'dueSoon',
  'stale',
  'lastReportedOn',
];

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(String).join(', ');
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- figures are numbers, strings or booleans
  return String(value);
}

function figure(rollUp: RollUp | undefined, path: string): unknown {
  let value: unknown = rollUp;
  for (const key of path.split('.')) value = value === undefined || value === null ? undefined : (value as Record<string, unknown>)[key];
  return value;
}

/** Refs in a natural order: "1.2" before "1.10", "A2" before "A10". */
export function compareRefs(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

export function packDifferences(before: ComparablePack, after: ComparablePack): PackDifference[] {
  const out: PackDifference[] = [];
  const figures = (kind: 'FIGURE' | 'PILLAR', ref: string | null, prefix: string, a: RollUp | undefined, b: RollUp | undefined) => {
    for (const path of ROLL_UP_FIGURES) {
      const x = text(figure(a, path));
      const y = text(figure(b, path));
      if (x !== y) out.push({ kind, path: `${prefix}.${path}`, ref, before: x, after: y });
    }
  };
  figures('FIGURE', null, 'overall', before.overall, after.overall);
  const pillarsBefore = new Map(before.byPillar.map((p) => [p.pillar, p.rollUp]));
  const pillarsAfter = new Map(after.byPillar.map((p) => [p.pillar, p.rollUp]));
  const pillars = [...new Set<string>([...PILLARS, ...pillarsBefore.keys(), ...pillarsAfter.keys()])].filter((p) => pillarsBefore.has(p) || pillarsAfter.has(p));
  for (const pillar of pillars) figures('PILLAR', pillar, pillar, pillarsBefore.get(pillar), pillarsAfter.get(pillar));

  const actionsBefore = new Map(before.allActions.map((a) => [a.ref, a]));
  const actionsAfter = new Map(after.allActions.map((a) => [a.ref, a]));
  const refs = [...new Set([...actionsBefore.keys(), ...actionsAfter.keys()])].sort(compareRefs);
  for (const ref of refs) {
    const a = actionsBefore.get(ref);
    const b = actionsAfter.get(ref);
    if (!a) out.push({ kind: 'ACTION_ADDED', path: ref, ref, before: null, after: b!.title });
    else if (!b) out.push({ kind: 'ACTION_REMOVED', path: ref, ref, before: a.title, after: null });
    else {
      for (const field of ACTION_FIELDS) {
        const x = text(a[field]);
        const y = text(b[field]);
        if (x !== y) out.push({ kind: 'ACTION', path: `${ref}.${field}`, ref, before: x, after: y });
      }
    }
  }
  return out;
}

/** The figure of a roll-up at a path of ROLL_UP_FIGURES (for "was N at the last board"). */
export function rollUpFigure(rollUp: RollUp | undefined, path: string): number | null {
  const value = figure(rollUp, path);
  return typeof value === 'number' ? value : null;
}
