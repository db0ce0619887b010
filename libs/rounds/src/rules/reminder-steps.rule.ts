import { addDays } from '@app/calendar';
import { ReminderSteps } from './reminder-settings.rule';
import { RoundDates } from './round-state.rule';

/** A reminder e-mail step of a round. */
export interface ReminderStep {
  /** `BEFORE_7`, `BEFORE_1`, `ON_DEADLINE` or `ESCALATION`: with the round, the idempotency key of the step. */
  key: string;
  kind: 'BEFORE' | 'ON_DEADLINE' | 'ESCALATION';
}

/**
 * The reminder steps that fall on `date` for a round (calendar days before the deadline; the
 * escalation the day after grace ends). Steps before the round opens are skipped, and a round
 * closed by hand sends nothing from its closing day on.
 */
export function reminderStepsOn(round: RoundDates, settings: ReminderSteps, date: string): ReminderStep[] {
  if (date < round.opensOn) return [];
  if (round.closedOn !== null && date >= round.closedOn) return [];
  const steps: ReminderStep[] = [];
  for (const days of [...new Set(settings.daysBefore)].sort((a, b) => b - a)) {
    if (days > 0 && addDays(round.deadline, -days) === date) steps.push({ key: `BEFORE_${days}`, kind: 'BEFORE' });
  }
  if (settings.onDeadline && round.deadline === date) steps.push({ key: 'ON_DEADLINE', kind: 'ON_DEADLINE' });
  if (settings.escalateAfterGrace && addDays(round.graceEndsOn, 1) === date) steps.push({ key: 'ESCALATION', kind: 'ESCALATION' });
  return steps;
}
