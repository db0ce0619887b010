import { describe, expect, it } from 'vitest';
import { changeInWords, dueDateNote, dueDateSentence, reasonsInWords, revisionSentence, type ChangeView } from './format';

describe('re-baselined due dates in words', () => {
  it('says the original date and the day of the move', () => {
    const revisions = [{ effectiveFrom: '2026-11-01' }];
    expect(dueDateSentence('2027-01-31', '2026-09-30', revisions)).toBe('due 31 January 2027 (originally 30 September 2026, moved on 1 November 2026)');
  });
  it('says nothing more for a due date that never moved', () => {
    expect(dueDateSentence('2026-09-30', '2026-09-30', [])).toBe('due 30 September 2026');
    expect(dueDateNote('2026-09-30', '2026-09-30', [])).toBe('');
  });
  it('counts several moves and names the last', () => {
    const revisions = [{ effectiveFrom: '2026-07-15' }, { effectiveFrom: '2026-11-01' }];
    expect(dueDateNote('2027-03-31', '2026-09-30', revisions)).toBe('(originally 30 September 2026, moved 2 times, last on 1 November 2026)');
  });
  it('says when a date moved away and back again', () => {
    const revisions = [{ effectiveFrom: '2026-07-15' }, { effectiveFrom: '2026-08-01' }];
    expect(dueDateNote('2026-09-30', '2026-09-30', revisions)).toBe('(moved 2 times, last on 1 August 2026, back to the original date)');
  });
  it('writes one revision: from → to, by whom, in force from, recorded when (in the partnership timezone)', () => {
    const r = { changedAt: '2026-11-01T14:05:00Z', effectiveFrom: '2026-11-01', from: '2026-09-30', to: '2027-01-31', changedBy: { name: 'Sarah Whitfield' } };
    expect(revisionSentence(r, 'Europe/London')).toBe(
      'Moved from 30 September 2026 to 31 January 2027 by Sarah Whitfield, in force from 1 November 2026 (recorded 1 November 2026 at 2:05pm)',
    );
  });
  it('marks a back-dated correction and a move made outside the app', () => {
    // 23:30 UTC on 1 July is already 2 July in London (BST).
    const r = { changedAt: '2026-07-01T23:30:00Z', effectiveFrom: '2026-06-01', from: '2026-06-03', to: '2026-06-30', changedBy: null };
    expect(revisionSentence(r, 'Europe/London')).toBe(
      'Moved from 3 June 2026 to 30 June 2026 outside the app, in force from 1 June 2026 (recorded 2 July 2026 at 12:30am, a back-dated correction)',
    );
  });
});

describe('changes since a date in words', () => {
  const base: ChangeView = { kinds: [], statusBefore: 'IN_PROGRESS', statusAfter: 'IN_PROGRESS', ragBefore: 'GREEN', ragAfter: 'GREEN' };
  it('writes status and RAG moves', () => {
    expect(changeInWords({ ...base, kinds: ['STATUS_OR_RAG'], statusAfter: 'ON_HOLD', ragAfter: 'AMBER' })).toEqual([
      'Status changed from In progress to On hold',
      'RAG changed from Green to Amber',
    ]);
    // Only the reasons differ: still said.
    expect(changeInWords({ ...base, kinds: ['STATUS_OR_RAG'] })).toEqual(['Status or RAG changed']);
  });
  it('writes added, removed, a moved due date and moved progress', () => {
    expect(changeInWords({ ...base, kinds: ['ADDED', 'STATUS_OR_RAG'], statusBefore: 'NOT_STARTED', ragBefore: null })).toEqual(['Added to the plan']);
    expect(changeInWords({ ...base, kinds: ['REMOVED'], ragAfter: null })).toEqual(['Removed from the plan']);
    expect(changeInWords({ ...base, kinds: ['DUE_DATE_MOVED'], dueDateBefore: '2026-09-30', dueDateAfter: '2027-01-31' })).toEqual([
      'Due date moved from 30 September 2026 to 31 January 2027',
    ]);
    expect(changeInWords({ ...base, kinds: ['PROGRESS_MOVED'], progressBefore: 20, progressAfter: 42.5 })).toEqual(['Progress moved from 20% to 42.5%']);
  });
  it('writes the reasons behind a RAG, or none', () => {
    expect(reasonsInWords(['OVERDUE', 'NO_RECENT_UPDATE'], 'RED')).toBe('Overdue, No recent update');
    expect(reasonsInWords([], 'GREEN')).toBe('None (on track)');
    expect(reasonsInWords([], 'BLUE')).toBe('None (completed)');
    expect(reasonsInWords([], null)).toBe('None');
  });
});
