import { compareDates } from '@app/calendar';
import { ReturnStatus, RoundState } from '@app/domain';
import { lastDayOfReturns, RoundDates, roundState } from './round-state.rule';

/**
 * The status of one due return, as of `asOf`, from the day of the first return that counts for it
 * (`returnedOn`: the day it was made, in the partnership's timezone; a return made before the
 * round opened or after its last day of returns does not count and should be passed as null).
 * A return made after `asOf` is not known as of `asOf`.
 */
export function returnStatus(round: RoundDates, returnedOn: string | null, asOf: string): ReturnStatus {
  if (returnedOn !== null && compareDates(returnedOn, asOf) <= 0 && countsForRound(round, returnedOn)) {
    return compareDates(returnedOn, round.deadline) <= 0 ? ReturnStatus.ON_TIME : ReturnStatus.LATE;
  }
  return roundState(round, asOf) === RoundState.CLOSED ? ReturnStatus.MISSED : ReturnStatus.OUTSTANDING;
}

/** True when a return made on `returnedOn` counts for the round: from the opening date to its last day of returns. */
export function countsForRound(round: RoundDates, returnedOn: string): boolean {
  return compareDates(returnedOn, round.opensOn) >= 0 && compareDates(returnedOn, lastDayOfReturns(round)) <= 0;
}

/** One return due from an agency in a round. */
export interface DueReturnFact {
  agencyId: string;
  /** The day of the first return that counts for the round (see `returnStatus`), or null. */
  returnedOn: string | null;
  /** The day a coordinator acknowledged that return, or null. */
  acknowledgedOn: string | null;
}

/** An agency's compliance in one or several rounds. */
export interface ComplianceCounts {
  agencyId: string;
  due: number;
  onTime: number;
  late: number;
  missed: number;
  outstanding: number;
  /** Returns made (on time or late) that a coordinator has acknowledged as of the date. */
  acknowledged: number;
}

/**
 * Per agency, the counts of its due returns by status as of `asOf`, sorted by agency id.
 * `due = onTime + late + missed + outstanding` always; `acknowledged ≤ onTime + late`.
 */
export function complianceByAgency(round: RoundDates, due: readonly DueReturnFact[], asOf: string): ComplianceCounts[] {
  const byAgency = new Map<string, ComplianceCounts>();
  for (const item of due) {
    let counts = byAgency.get(item.agencyId);
    if (!counts) {
      counts = { agencyId: item.agencyId, due: 0, onTime: 0, late: 0, missed: 0, outstanding: 0, acknowledged: 0 };
      byAgency.set(item.agencyId, counts);
    }
    counts.due += 1;
    const status = returnStatus(round, item.returnedOn, asOf);
    if (status === ReturnStatus.ON_TIME) counts.onTime += 1;
    else if (status === ReturnStatus.LATE) counts.late += 1;
    else if (status === ReturnStatus.MISSED) counts.missed += 1;
    else counts.outstanding += 1;
    const made = status === ReturnStatus.ON_TIME || status === ReturnStatus.LATE;
    if (made && item.acknowledgedOn !== null && compareDates(item.acknowledgedOn, asOf) <= 0) counts.acknowledged += 1;
  }
  return [...byAgency.values()].sort((a, b) => (a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : 0));
}

/** Sums per-agency counts over several rounds ("across rounds"), sorted by agency id. */
export function sumCompliance(rows: readonly ComplianceCounts[]): ComplianceCounts[] {
  const byAgency = new Map<string, ComplianceCounts>();
  for (const row of rows) {
    const sum = byAgency.get(row.agencyId) ?? { agencyId: row.agencyId, due: 0, onTime: 0, late: 0, missed: 0, outstanding: 0, acknowledged: 0 };
    sum.due += row.due;
    sum.onTime += row.onTime;
    sum.late += row.late;
    sum.missed += row.missed;
    sum.outstanding += row.outstanding;
    sum.acknowledged += row.acknowledged;
    byAgency.set(row.agencyId, sum);
  }
  return [...byAgency.values()].sort((a, b) => (a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : 0));
}
