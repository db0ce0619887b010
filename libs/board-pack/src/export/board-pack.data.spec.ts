import { changeKindsText, changeText, ChangeLine, dueText } from './board-pack.data';

const change = (over: Partial<ChangeLine>): ChangeLine => ({
  ref: '1.1',
  title: 'Train staff',
  leadAgency: 'Police',
  statusBefore: 'IN_PROGRESS',
  statusAfter: 'IN_PROGRESS',
  ragBefore: 'AMBER',
  ragAfter: 'RED',
  ...over,
});

describe('changeText', () => {
  it('gives the RAG with its reasons before and after', () => {
    const c = change({ kinds: ['STATUS_OR_RAG'], ragReasonsBefore: ['NO_RECENT_UPDATE'], ragReasonsAfter: ['OVERDUE'] });
    expect(changeText(c)).toBe('Amber (no recent update) → Red (overdue)');
    expect(changeText(c, 'to')).toBe('Amber (no recent update) to Red (overdue)');
  });

  it('says a status change in words, and a RAG gone when completed', () => {
    const c = change({ kinds: ['STATUS_OR_RAG'], statusAfter: 'COMPLETED', ragAfter: 'BLUE', ragReasonsBefore: ['REPORTED_AMBER'], ragReasonsAfter: [] });
    expect(changeText(c)).toBe('In progress → Completed; Amber (reported amber) → Blue');
  });

  it('says a RAG gone with the status once', () => {
    const c = change({ kinds: ['STATUS_OR_RAG'], statusAfter: 'CANCELLED', ragAfter: null, ragReasonsBefore: ['MILESTONE_OVERDUE'], ragReasonsAfter: [] });
    expect(changeText(c)).toBe('In progress → Cancelled; was Amber (milestone overdue)');
  });

  it('writes added, removed, a moved due date and moved progress', () => {
    expect(changeText(change({ kinds: ['ADDED'], statusBefore: 'NOT_STARTED', ragBefore: null, ragAfter: 'GREEN', ragReasonsAfter: [] }))).toBe(
      'Added to the plan, now Green',
    );
    expect(changeText(change({ kinds: ['REMOVED'], ragBefore: 'AMBER', ragAfter: null, ragReasonsBefore: ['REPORTED_AMBER'] }))).toBe(
      'Removed from the plan, was Amber (reported amber)',
    );
    expect(changeText(change({ kinds: ['DUE_DATE_MOVED'], dueDateBefore: '2026-09-30', dueDateAfter: '2027-01-31' }))).toBe(
      'Due date moved 30 Sep 2026 → 31 Jan 2027',
    );
    expect(changeText(change({ kinds: ['PROGRESS_MOVED'], ragBefore: 'GREEN', ragAfter: 'GREEN', progressBefore: 20, progressAfter: 45 }))).toBe(
      'Progress 20% → 45%',
    );
  });

  it('names the kinds, and treats a change frozen before kinds existed as a status or RAG change', () => {
    expect(changeKindsText(change({ kinds: ['STATUS_OR_RAG', 'DUE_DATE_MOVED'] }))).toBe('RAG changed, Due date moved');
    expect(changeKindsText(change({}))).toBe('RAG changed');
    expect(changeKindsText(change({ statusAfter: 'COMPLETED', ragAfter: 'BLUE' }))).toBe('Status and RAG changed');
    expect(changeKindsText(change({ statusAfter: 'ON_HOLD', ragAfter: 'AMBER', ragBefore: 'AMBER' }))).toBe('Status changed');
    expect(changeText(change({}))).toBe('Amber → Red');
  });
});

describe('dueText', () => {
  it('shows the original due date of a re-baselined action', () => {
    expect(dueText({ dueDate: '2027-01-31', originalDueDate: '2026-09-30' })).toBe('31 Jan 2027 (originally 30 Sep 2026)');
    expect(dueText({ dueDate: '2027-01-31', originalDueDate: null })).toBe('31 Jan 2027');
    expect(dueText({ dueDate: '2027-01-31' })).toBe('31 Jan 2027');
  });
});
