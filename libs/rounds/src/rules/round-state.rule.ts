import { compareDates } from '@app/calendar';
import { RoundState } from '@app/domain';

/** The dates that fix a round's state. */
export interface RoundDates {
  opensOn: string;
  deadline: string;
  graceEndsOn: string;
  /** The day a coordinator closed it by hand, if they did. */
  closedOn: string | null;
}

/** The round's state as of `asOf` (a calendar date in the partnership's timezone). */
export function roundState(round: RoundDates, asOf: string): RoundState {
  if (round.closedOn !== null && compareDates(asOf, round.closedOn) >= 0) return RoundState.CLOSED;
  if (compareDates(asOf, round.opensOn) < 0) return RoundState.PLANNED;
  if (compareDates(asOf, round.deadline) <= 0) return RoundState.OPEN;
  if (compareDates(asOf, round.graceEndsOn) <= 0) return RoundState.IN_GRACE;
  return RoundState.CLOSED;
}

/**
 * The last day a return counts for the round: the end of grace, or the day a coordinator closed
 * it when that came first (dates carry no time of day, so every return of the closing day counts).
 */
export function lastDayOfReturns(round: RoundDates): string {
  if (round.closedOn === null) return round.graceEndsOn;
  return compareDates(round.closedOn, round.graceEndsOn) < 0 ? round.closedOn : round.graceEndsOn;
}
