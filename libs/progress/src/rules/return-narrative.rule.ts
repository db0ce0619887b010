import type { RagName } from '@app/domain';

/**
 * A return that turns an action RED must say what is being done about it (issue 16): at least a
 * sentence, taken as ≥ 20 characters and at least four words once trimmed. (Board members read
 * these; "red" or "see email" tells them nothing.)
 */
export const RED_NARRATIVE_MIN_CHARS = 20;

export function isSentence(narrative: string): boolean {
  const text = narrative.trim();
  return text.length >= RED_NARRATIVE_MIN_CHARS && text.split(/\s+/).length >= 4;
}

/**
 * True when a return needs a sentence of narrative: it reports RED and the action's latest state
 * before it was not RED (it "turns" the action red).
 */
export function needsSentence(previousRag: RagName | null, newRag: RagName | null): boolean {
  return newRag === 'RED' && previousRag !== 'RED';
}

/** The narrative stored with a "no change" return: fixed text, never a copy of an earlier narrative. */
export const NO_CHANGE_NARRATIVE = 'No change since the last return (confirmed as no change).';
