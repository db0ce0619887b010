import type { RagName } from '@app/domain';
import { isSentence, needsSentence } from './return-narrative.rule';

describe('isSentence', () => {
  it.each([
    ['Red.', false],
    ['see email', false],
    ['Recruitment paused; reviewing', false], // three words
    ['Funding is now gone', false], // four words, 19 characters
    ['Funding is now gone.', true], // four words, 20 characters
    ['2.9 legal review stalled', true],
    ['Recruitment is paused until April; the board is asked to agree a new lead.', true],
    ['  Is the funding gone for good?  ', true],
  ])('%j → %s', (text, expected) => {
    expect(isSentence(text)).toBe(expected);
  });
});

describe('needsSentence', () => {
  it.each<[RagName | null, RagName | null, boolean]>([
    [null, 'RED', true],
    ['AMBER', 'RED', true],
    ['RED', 'RED', false], // already red
    ['GREEN', 'AMBER', false],
    ['RED', null, false],
  ])('%s → %s: %s', (before, after, expected) => {
    expect(needsSentence(before, after)).toBe(expected);
  });
});
