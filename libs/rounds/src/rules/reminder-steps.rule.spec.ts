import { reminderStepsOn } from './reminder-steps.rule';

describe('reminderStepsOn', () => {
  // Opens 2 November, deadline Friday 20 November, grace to Tuesday 24 November.
  const round = { opensOn: '2026-11-02', deadline: '2026-11-20', graceEndsOn: '2026-11-24', closedOn: null };
  const defaults = { daysBefore: [7, 1], onDeadline: true, escalateAfterGrace: true };

  it.each([
    ['2026-11-12', []],
    ['2026-11-13', ['BEFORE_7']],
    ['2026-11-19', ['BEFORE_1']],
    ['2026-11-20', ['ON_DEADLINE']],
    ['2026-11-24', []], // last day of grace
    ['2026-11-25', ['ESCALATION']], // the day after grace
    ['2026-11-26', []],
  ])('%s → %j', (date, keys) => {
    expect(reminderStepsOn(round, defaults, date).map((s) => s.key)).toEqual(keys);
  });

  it('sends every configured step exactly once over the round (days walked one by one)', () => {
    const sent: string[] = [];
    for (let day = 1; day <= 30; day++) {
      sent.push(...reminderStepsOn(round, defaults, `2026-11-${String(day).padStart(2, '0')}`).map((s) => s.key));
    }
    expect(sent).toEqual(['BEFORE_7', 'BEFORE_1', 'ON_DEADLINE', 'ESCALATION']);
  });

  it('skips switched-off steps, steps before opening and everything after a manual close', () => {
    expect(reminderStepsOn(round, { daysBefore: [], onDeadline: false, escalateAfterGrace: true }, '2026-11-20')).toEqual([]);
    expect(reminderStepsOn({ ...round, opensOn: '2026-11-15' }, defaults, '2026-11-13')).toEqual([]);
    expect(reminderStepsOn({ ...round, closedOn: '2026-11-19' }, defaults, '2026-11-19')).toEqual([]);
    expect(reminderStepsOn({ ...round, closedOn: '2026-11-19' }, defaults, '2026-11-25')).toEqual([]);
  });
});
