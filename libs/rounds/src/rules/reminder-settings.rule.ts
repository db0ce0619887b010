/** Reminder steps, as configured per partnership. */
export interface ReminderSteps {
  /** Days before the deadline on which to remind (e.g. [7, 1]); empty: none. */
  daysBefore: readonly number[];
  onDeadline: boolean;
  /** Escalate to the agency's lead contact and the coordinator the day after grace ends. */
  escalateAfterGrace: boolean;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSteps = { daysBefore: [7, 1], onDeadline: true, escalateAfterGrace: true };
