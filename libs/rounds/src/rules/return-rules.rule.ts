/**
 * A return that turns an action RED must say what is being done about it: at least one sentence,
 * taken as ≥ 20 characters of text with at least two words and ending in a full stop, question or
 * exclamation mark. (Board members read these; "red" or "see email" tells them nothing.)
 */
export const RED_NARRATIVE_MIN_CHARS = 20;

export function isSentence(narrative: string): boolean {
  const text = narrative.trim();
  return text.length >= RED_NARRATIVE_MIN_CHARS && /\S+\s+\S+/.test(text) && /[.!?]["'’”)]?$/.test(text);
}

/**
 * True when a return needs a sentence of narrative: it reports RED and the action's latest state
 * before it was not RED (it "turns" the action red).
 */
export function needsSentence(previousRag: string | null, newRag: string | null): boolean {
  return newRag === 'RED' && previousRag !== 'RED';
}

/** The narrative stored with a "no change" return: fixed text, never a copy of an earlier narrative. */
export const NO_CHANGE_NARRATIVE = 'No change since the last return (confirmed as no change).';

/** Reminder steps, as configured per partnership. */
export interface ReminderSettings {
  /** Days before the deadline on which to remind (e.g. [7, 1]); empty: none. */
  daysBefore: readonly number[];
  onDeadline: boolean;
  /** Escalate to the agency's lead contact and the coordinator the day after grace ends. */
  escalateAfterGrace: boolean;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { daysBefore: [7, 1], onDeadline: true, escalateAfterGrace: true };
