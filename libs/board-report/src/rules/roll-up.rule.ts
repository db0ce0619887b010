import type { ActionEvaluation } from '@app/progress/rules';

/** DESIGN.md "roll-up": the figures for one group of actions (a plan, a pillar, an objective, a lead agency). */
export interface RollUp {
  /** Actions in the group other than cancelled ones. */
  total: number;
  cancelled: number;
  completed: number;
  overdue: number;
  dueSoon: number;
  stale: number;
  /** Mean progress of the non-cancelled actions, rounded half-up to one decimal; 0 for none. */
  progress: number;
  byStatus: { notStarted: number; inProgress: number; onHold: number; completed: number };
  byRag: { red: number; amber: number; green: number; blue: number };
}

/** The per-action figures a roll-up reads. */
export type RollUpRow = Pick<ActionEvaluation, 'status' | 'progress' | 'overdue' | 'dueSoon' | 'stale' | 'rag'>;

/** A roll-up of no actions. */
export function emptyRollUp(): RollUp {
  return {
    total: 0,
    cancelled: 0,
    completed: 0,
    overdue: 0,
    dueSoon: 0,
    stale: 0,
    progress: 0,
    byStatus: { notStarted: 0, inProgress: 0, onHold: 0, completed: 0 },
    byRag: { red: 0, amber: 0, green: 0, blue: 0 },
  };
}

/**
 * `sum / count` rounded half-up (towards +∞) to one decimal; 0 when `count` is 0.
 * Works on integers so ties are exact: 3/20 = 0.15 gives 0.2, where Math.round(0.15 * 10) / 10 gives 0.1.
 * Throws RangeError unless `sum` is an integer and `count` a non-negative integer.
 */
export function roundHalfUpOneDecimal(sum: number, count: number): number {
  if (!Number.isSafeInteger(sum) || !Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`Expected an integer sum and a non-negative integer count, got ${sum} / ${count}`);
  }
  if (count === 0) return 0;
  // floor(10·sum/count + 1/2) = floor((20·sum + count) / (2·count)), all in integers.
  const tenths = Math.floor((20 * sum + count) / (2 * count));
  return tenths / 10;
}

/** Rolls up a group's evaluated actions. Cancelled actions are counted only in `cancelled`. */
export function rollUp(rows: readonly RollUpRow[]): RollUp {
  const result = emptyRollUp();
  let progressSum = 0;
  for (const row of rows) {
    if (row.status === 'CANCELLED') {
      result.cancelled += 1;
      continue;
    }
    result.total += 1;
    progressSum += row.progress;
    if (row.overdue) result.overdue += 1;
    if (row.dueSoon) result.dueSoon += 1;
    if (row.stale) result.stale += 1;
    switch (row.status) {
      case 'NOT_STARTED':
        result.byStatus.notStarted += 1;
        break;
      case 'IN_PROGRESS':
        result.byStatus.inProgress += 1;
        break;
      case 'ON_HOLD':
        result.byStatus.onHold += 1;
        break;
      case 'COMPLETED':
        result.byStatus.completed += 1;
        break;
    }
    switch (row.rag) {
      case 'RED':
        result.byRag.red += 1;
        break;
      case 'AMBER':
        result.byRag.amber += 1;
        break;
      case 'GREEN':
        result.byRag.green += 1;
        break;
      case 'BLUE':
        result.byRag.blue += 1;
        break;
      case null: // no RAG (a cancelled action): counted in no column
        break;
    }
  }
  result.completed = result.byStatus.completed;
  result.progress = roundHalfUpOneDecimal(progressSum, result.total);
  return result;
}
