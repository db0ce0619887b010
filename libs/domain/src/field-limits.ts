/**
 * The limits on what people type, once: the inputs' validation, the spreadsheet import and the
 * database's CHECK constraints use these.
 */

/** Titles: strategies, objectives, actions, milestones, meetings. */
export const TITLE_MAX = 300;

/** Longer text: descriptions, narratives, notes, reasons. */
export const TEXT_MAX = 5000;

/** The longest ref or code. */
export const REF_MAX = 20;

/** An action's ref or an objective's code: 1–20 letters, digits, dots, hyphens or slashes, starting with a letter or digit ("2.3", "PV-1"). */
export const REF_PATTERN = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._\\-/]{0,${REF_MAX - 1}}$`);

/** What a ref or code may be, in words, for error messages. */
export const REF_RULE = `1-${REF_MAX} letters, digits, dots, hyphens or slashes`;
