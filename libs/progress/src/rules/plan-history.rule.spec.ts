import { isStale } from './action-state.rule';
import { ActionHistory, ActionVersionFact, applyEdit, evaluateActionHistory, SettingsVersionFact, versionAsOf } from './plan-history.rule';

const v = (validFrom: string, validTo: string | null, dueDate: string, inPlan = true, startDate: string | null = null): ActionVersionFact => ({
  validFrom,
  validTo,
  inPlan,
  dueDate,
  startDate,
});

describe('versionAsOf', () => {
  const versions = [v('2025-01-01', '2025-06-01', '2025-07-31'), v('2025-06-01', null, '2025-12-31')];
  it.each<[string, string | null]>([
    ['2024-12-31', null], // before the first version: not in the plan yet
    ['2025-01-01', '2025-07-31'], // its first day
    ['2025-05-31', '2025-07-31'], // the day before the change
    ['2025-06-01', '2025-12-31'], // the change's day: in force at the end of it
    ['2030-01-01', '2025-12-31'],
  ])('as of %s → due %s', (asOf, due) => {
    expect(versionAsOf(versions, asOf)?.dueDate ?? null).toBe(due);
  });

  it("reads a version open since '-infinity'", () => {
    const settings: SettingsVersionFact[] = [{ validFrom: '-infinity', validTo: '2025-08-01', staleAfterDays: 30, dueSoonDays: 30 }];
    expect(versionAsOf(settings, '1999-01-01')?.staleAfterDays).toBe(30);
    expect(versionAsOf(settings, '2025-08-01')).toBeNull();
  });
});

describe('applyEdit', () => {
  const first = [v('2025-01-01', null, '2025-07-31')];

  it('splits the version in force on the effective day', () => {
    expect(applyEdit(first, '2025-08-15', { dueDate: '2025-12-31' })).toEqual([v('2025-01-01', '2025-08-15', '2025-07-31'), v('2025-08-15', null, '2025-12-31')]);
  });

  it('changes the whole history when dated on or before the first day', () => {
    expect(applyEdit(first, '2025-01-01', { dueDate: '2025-09-30' })).toEqual([v('2025-01-01', null, '2025-09-30')]);
    expect(applyEdit(first, '2024-06-01', { dueDate: '2025-09-30' })).toEqual([v('2025-01-01', null, '2025-09-30')]);
  });

  it('a back-dated correction overrides later values of the changed field only', () => {
    // Start date set from 06-01, then the due date corrected from 03-01: the later version keeps its start date.
    const later = applyEdit(first, '2025-06-01', { startDate: '2025-05-01' });
    expect(applyEdit(later, '2025-03-01', { dueDate: '2025-10-31' })).toEqual([
      v('2025-01-01', '2025-03-01', '2025-07-31'),
      v('2025-03-01', '2025-06-01', '2025-10-31'),
      v('2025-06-01', null, '2025-10-31', true, '2025-05-01'),
    ]);
  });

  it('a removal takes it out of the plan from its day', () => {
    const removed = applyEdit(first, '2025-09-01', { inPlan: false });
    expect(versionAsOf(removed, '2025-08-31')?.inPlan).toBe(true);
    expect(versionAsOf(removed, '2025-09-01')?.inPlan).toBe(false);
  });
});

describe('isStale (the corrected rule, D = 2025-09-30, staleAfterDays 30: D − 30 = 08-31)', () => {
  it.each<[string, { lastReportedOn: string | null; startDate?: string | null; inPlanSince?: string | null }, boolean]>([
    ['a return on D − 30', { lastReportedOn: '2025-08-31' }, false],
    ['a return on D − 31', { lastReportedOn: '2025-08-30' }, true],
    ['no return, in the plan since D − 30', { lastReportedOn: null, inPlanSince: '2025-08-31' }, false],
    ['no return, in the plan since D − 31', { lastReportedOn: null, inPlanSince: '2025-08-30' }, true],
    ['no return, started D − 30, in the plan long before', { lastReportedOn: null, startDate: '2025-08-31', inPlanSince: '2025-01-01' }, false],
    ['no return, started D − 31, in the plan long before', { lastReportedOn: null, startDate: '2025-08-30', inPlanSince: '2025-01-01' }, true],
    ['no return, starts tomorrow', { lastReportedOn: null, startDate: '2025-10-01', inPlanSince: '2025-01-01' }, false],
    ['an old return, but it starts tomorrow', { lastReportedOn: '2025-01-15', startDate: '2025-10-01' }, false],
    ['no return, starts today, in the plan long before', { lastReportedOn: null, startDate: '2025-09-30', inPlanSince: '2025-01-01' }, false],
    ['no return and neither date known (the rule before)', { lastReportedOn: null }, true],
  ])('%s → %s', (_label, state, stale) => {
    expect(isStale(state, '2025-09-30', 30)).toBe(stale);
  });
});

describe('evaluateActionHistory', () => {
  const history: ActionHistory = {
    inPlanSince: '2025-01-01',
    versions: applyEdit([v('2025-01-01', null, '2025-07-31')], '2025-08-15', { dueDate: '2025-12-31' }),
    updates: [{ reportedOn: '2025-06-15', seq: 1, status: 'IN_PROGRESS', percentComplete: 30, rag: 'GREEN' }],
    milestones: [
      {
        versions: [
          { validFrom: '2025-03-01', validTo: '2025-09-01', inPlan: true, dueDate: '2025-06-30', completedOn: null },
          { validFrom: '2025-09-01', validTo: null, inPlan: false, dueDate: '2025-06-30', completedOn: null },
        ],
      },
    ],
  };
  const settings: SettingsVersionFact[] = [
    { validFrom: '-infinity', validTo: '2025-08-01', staleAfterDays: 30, dueSoonDays: 30 },
    { validFrom: '2025-08-01', validTo: null, staleAfterDays: 60, dueSoonDays: 30 },
  ];

  it('is null before the action entered the plan', () => {
    expect(evaluateActionHistory(history, '2024-12-31', settings)).toBeNull();
  });

  it('uses the due date, milestones and settings in force on the date', () => {
    // 08-10: due 07-31 (moved from 08-15): 10 days overdue; the milestone (removed from 09-01) is overdue; 60-day rule: 06-15 < 06-11? no.
    expect(evaluateActionHistory(history, '2025-08-10', settings)).toMatchObject({
      overdue: true,
      daysOverdue: 10,
      milestoneOverdue: true,
      stale: false,
      rag: 'RED',
    });
    // 09-30: due 12-31, the milestone gone, 60-day rule: 06-15 < 08-01: stale.
    expect(evaluateActionHistory(history, '2025-09-30', settings)).toMatchObject({
      overdue: false,
      milestoneOverdue: false,
      stale: true,
      rag: 'AMBER',
      ragReasons: ['NO_RECENT_UPDATE'],
    });
  });
});
