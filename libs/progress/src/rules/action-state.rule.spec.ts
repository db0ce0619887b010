import {
  ActionEvaluation,
  ActionFacts,
  evaluateAction,
  evaluateFromState,
  isMilestoneCompleteAsOf,
  isMilestoneOverdue,
  isOpen,
  latestUpdateAsOf,
  MilestoneFact,
  progressOf,
  RuleSettings,
  stateAsOf,
  UpdateFact,
} from './action-state.rule';
import { ActionStatusName, RAG_REASONS, RagName } from '@app/domain';

// Different values for the two settings so that swapping them fails a test.
const SETTINGS: RuleSettings = { staleAfterDays: 30, dueSoonDays: 14 };

// D = 2024-06-15, so D − 30 = 2024-05-16 and D + 14 = 2024-06-29.
const D = '2024-06-15';

function update(reportedOn: string, seq: number, status: ActionStatusName, percentComplete: number, rag: RagName | null = null): UpdateFact {
  return { reportedOn, seq, status, percentComplete, rag };
}

function milestone(dueDate: string, completedOn: string | null = null): MilestoneFact {
  return { dueDate, completedOn };
}

function facts(dueDate: string, updates: UpdateFact[], milestones: MilestoneFact[] = []): ActionFacts {
  return { dueDate, updates, milestones };
}

const FRESH = update('2024-06-14', 1, 'IN_PROGRESS', 40, 'GREEN');

describe('latestUpdateAsOf', () => {
  it.each<[string, UpdateFact[], string, number | null]>([
    ['no updates', [], D, null],
    ['only updates after D', [update('2024-06-16', 1, 'IN_PROGRESS', 10)], D, null],
    ['an update reported on D', [update(D, 1, 'IN_PROGRESS', 10)], D, 1],
    ['ignores updates after D', [update('2024-06-01', 1, 'IN_PROGRESS', 10), update('2024-06-16', 2, 'COMPLETED', 100)], D, 1],
    [
      'a back-dated update created later loses to a later reportedOn',
      [update('2024-06-10', 1, 'IN_PROGRESS', 70), update('2024-04-01', 2, 'IN_PROGRESS', 20)],
      D,
      1,
    ],
    ['same reportedOn: higher seq wins (ascending array)', [update('2024-06-10', 4, 'IN_PROGRESS', 50), update('2024-06-10', 5, 'IN_PROGRESS', 60)], D, 5],
    ['same reportedOn: higher seq wins (descending array)', [update('2024-06-10', 5, 'IN_PROGRESS', 60), update('2024-06-10', 4, 'IN_PROGRESS', 50)], D, 5],
    [
      'same reportedOn: higher seq wins among three, middle of the array',
      [update('2024-06-10', 3, 'IN_PROGRESS', 30), update('2024-06-10', 9, 'ON_HOLD', 30), update('2024-06-10', 7, 'IN_PROGRESS', 35)],
      D,
      9,
    ],
    ['leap day, as of the leap day', [update('2024-02-29', 1, 'IN_PROGRESS', 10)], '2024-02-29', 1],
    ['leap day, as of the day before', [update('2024-02-29', 1, 'IN_PROGRESS', 10)], '2024-02-28', null],
  ])('%s', (_name, updates, asOf, expectedSeq) => {
    expect(latestUpdateAsOf(updates, asOf)?.seq ?? null).toBe(expectedSeq);
  });
});

describe('stateAsOf', () => {
  it.each<[string, UpdateFact[], string, ReturnType<typeof stateAsOf>]>([
    ['no updates', [], D, { status: 'NOT_STARTED', percentComplete: 0, lastReportedOn: null, reportedRag: null }],
    [
      'only an update after D',
      [update('2024-06-16', 1, 'IN_PROGRESS', 10, 'RED')],
      D,
      { status: 'NOT_STARTED', percentComplete: 0, lastReportedOn: null, reportedRag: null },
    ],
    [
      'latest update on or before D',
      [update('2024-06-01', 1, 'IN_PROGRESS', 30, 'AMBER'), update('2024-06-16', 2, 'COMPLETED', 100, 'GREEN')],
      D,
      { status: 'IN_PROGRESS', percentComplete: 30, lastReportedOn: '2024-06-01', reportedRag: 'AMBER' },
    ],
    [
      'same-day correction',
      [update('2024-06-10', 2, 'ON_HOLD', 45, null), update('2024-06-10', 1, 'IN_PROGRESS', 50, 'GREEN')],
      D,
      { status: 'ON_HOLD', percentComplete: 45, lastReportedOn: '2024-06-10', reportedRag: null },
    ],
  ])('%s', (_name, updates, asOf, expected) => {
    expect(stateAsOf(updates, asOf)).toEqual(expected);
  });
});

describe('isOpen', () => {
  it.each<[ActionStatusName, boolean]>([
    ['NOT_STARTED', true],
    ['IN_PROGRESS', true],
    ['ON_HOLD', true],
    ['COMPLETED', false],
    ['CANCELLED', false],
  ])('%s → %s', (status, expected) => {
    expect(isOpen(status)).toBe(expected);
  });
});

describe('progressOf', () => {
  it.each<[ActionStatusName, number, number]>([
    ['NOT_STARTED', 0, 0],
    ['IN_PROGRESS', 40, 40],
    ['ON_HOLD', 55, 55],
    ['COMPLETED', 100, 100],
    ['COMPLETED', 80, 100],
    ['CANCELLED', 30, 30],
  ])('%s at %d%% → %d', (status, percent, expected) => {
    expect(progressOf(status, percent)).toBe(expected);
  });
});

describe('isMilestoneCompleteAsOf', () => {
  it.each<[string | null, string, boolean]>([
    [null, D, false],
    ['2024-06-14', D, true],
    ['2024-06-15', D, true],
    ['2024-06-16', D, false],
    ['2024-02-29', '2024-02-29', true],
    ['2024-02-29', '2024-02-28', false],
  ])('completed on %s, as of %s → %s', (completedOn, asOf, expected) => {
    expect(isMilestoneCompleteAsOf(milestone('2024-06-01', completedOn), asOf)).toBe(expected);
  });
});

describe('isMilestoneOverdue', () => {
  it.each<[string, boolean, MilestoneFact, ActionStatusName, string]>([
    ['due yesterday, not complete', true, milestone('2024-06-14'), 'IN_PROGRESS', D],
    ['due today, not complete', false, milestone('2024-06-15'), 'IN_PROGRESS', D],
    ['due tomorrow, not complete', false, milestone('2024-06-16'), 'IN_PROGRESS', D],
    ['due yesterday, completed on D', false, milestone('2024-06-14', '2024-06-15'), 'IN_PROGRESS', D],
    ['due yesterday, completed before D', false, milestone('2024-06-14', '2024-06-01'), 'IN_PROGRESS', D],
    ['due yesterday, completed after D', true, milestone('2024-06-14', '2024-06-16'), 'IN_PROGRESS', D],
    ['action NOT_STARTED', true, milestone('2024-06-14'), 'NOT_STARTED', D],
    ['action ON_HOLD', true, milestone('2024-06-14'), 'ON_HOLD', D],
    ['action COMPLETED (only CANCELLED is exempt)', true, milestone('2024-06-14'), 'COMPLETED', D],
    ['action CANCELLED', false, milestone('2024-06-14'), 'CANCELLED', D],
    ['action CANCELLED, long overdue', false, milestone('2023-01-01'), 'CANCELLED', D],
    ['due on the leap day, as of 1 March', true, milestone('2024-02-29'), 'IN_PROGRESS', '2024-03-01'],
    ['due on the leap day, as of the leap day', false, milestone('2024-02-29'), 'IN_PROGRESS', '2024-02-29'],
  ])('%s → %s', (_name, expected, m, status, asOf) => {
    expect(isMilestoneOverdue(m, status, asOf)).toBe(expected);
  });
});

describe('evaluateAction', () => {
  it.each<[string, ActionFacts, string, ActionEvaluation]>([
    [
      'no update yet: NOT_STARTED and stale',
      facts('2024-12-31', []),
      D,
      {
        status: 'NOT_STARTED',
        progress: 0,
        lastReportedOn: null,
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: true,
        milestoneOverdue: false,
        rag: 'AMBER',
        ragReasons: ['NO_RECENT_UPDATE'],
      },
    ],
    [
      'fresh update, due far off: GREEN',
      facts('2024-12-31', [FRESH]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 40,
        lastReportedOn: '2024-06-14',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'GREEN',
        ragReasons: [],
      },
    ],
    [
      'due today: not overdue, due soon',
      facts('2024-06-15', [FRESH]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 40,
        lastReportedOn: '2024-06-14',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: true,
        stale: false,
        milestoneOverdue: false,
        rag: 'GREEN',
        ragReasons: [],
      },
    ],
    [
      'due yesterday: overdue by 1 day, not due soon',
      facts('2024-06-14', [FRESH]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 40,
        lastReportedOn: '2024-06-14',
        open: true,
        overdue: true,
        daysOverdue: 1,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'RED',
        ragReasons: ['OVERDUE'],
      },
    ],
    [
      'due D + dueSoonDays: due soon',
      facts('2024-06-29', [FRESH]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 40,
        lastReportedOn: '2024-06-14',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: true,
        stale: false,
        milestoneOverdue: false,
        rag: 'GREEN',
        ragReasons: [],
      },
    ],
    [
      'due D + dueSoonDays + 1: not due soon',
      facts('2024-06-30', [FRESH]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 40,
        lastReportedOn: '2024-06-14',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'GREEN',
        ragReasons: [],
      },
    ],
    [
      'last update exactly staleAfterDays ago: not stale',
      facts('2024-12-31', [update('2024-05-16', 1, 'IN_PROGRESS', 20)]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 20,
        lastReportedOn: '2024-05-16',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'GREEN',
        ragReasons: [],
      },
    ],
    [
      'last update staleAfterDays + 1 ago: stale',
      facts('2024-12-31', [update('2024-05-15', 1, 'IN_PROGRESS', 20)]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 20,
        lastReportedOn: '2024-05-15',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: true,
        milestoneOverdue: false,
        rag: 'AMBER',
        ragReasons: ['NO_RECENT_UPDATE'],
      },
    ],
    [
      'update reported on D: not stale',
      facts('2024-12-31', [update(D, 1, 'NOT_STARTED', 0)]),
      D,
      {
        status: 'NOT_STARTED',
        progress: 0,
        lastReportedOn: '2024-06-15',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'GREEN',
        ragReasons: [],
      },
    ],
    [
      'overdue and stale: RED with the amber reason listed too',
      facts('2024-06-01', [update('2024-05-01', 1, 'IN_PROGRESS', 60)]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 60,
        lastReportedOn: '2024-05-01',
        open: true,
        overdue: true,
        daysOverdue: 14,
        dueSoon: false,
        stale: true,
        milestoneOverdue: false,
        rag: 'RED',
        ragReasons: ['OVERDUE', 'NO_RECENT_UPDATE'],
      },
    ],
    [
      'reported RED',
      facts('2024-12-31', [update('2024-06-14', 1, 'IN_PROGRESS', 40, 'RED')]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 40,
        lastReportedOn: '2024-06-14',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'RED',
        ragReasons: ['REPORTED_RED'],
      },
    ],
    [
      'reported AMBER',
      facts('2024-12-31', [update('2024-06-14', 1, 'IN_PROGRESS', 40, 'AMBER')]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 40,
        lastReportedOn: '2024-06-14',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'AMBER',
        ragReasons: ['REPORTED_AMBER'],
      },
    ],
    [
      'reported GREEN but overdue: derived RED',
      facts('2024-06-10', [update('2024-06-14', 1, 'IN_PROGRESS', 90, 'GREEN')]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 90,
        lastReportedOn: '2024-06-14',
        open: true,
        overdue: true,
        daysOverdue: 5,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'RED',
        ragReasons: ['OVERDUE'],
      },
    ],
    [
      'ON_HOLD',
      facts('2024-12-31', [update('2024-06-14', 1, 'ON_HOLD', 40)]),
      D,
      {
        status: 'ON_HOLD',
        progress: 40,
        lastReportedOn: '2024-06-14',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'AMBER',
        ragReasons: ['ON_HOLD'],
      },
    ],
    [
      'milestone overdue',
      facts('2024-12-31', [FRESH], [milestone('2024-06-14')]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 40,
        lastReportedOn: '2024-06-14',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: true,
        rag: 'AMBER',
        ragReasons: ['MILESTONE_OVERDUE'],
      },
    ],
    [
      'milestone due yesterday, completed on D: complete',
      facts('2024-12-31', [FRESH], [milestone('2024-06-14', '2024-06-15')]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 40,
        lastReportedOn: '2024-06-14',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'GREEN',
        ragReasons: [],
      },
    ],
    [
      'milestone due yesterday, completed after D: overdue as of D',
      facts('2024-12-31', [FRESH], [milestone('2024-06-14', '2024-06-16')]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 40,
        lastReportedOn: '2024-06-14',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: true,
        rag: 'AMBER',
        ragReasons: ['MILESTONE_OVERDUE'],
      },
    ],
    [
      'milestone due today, not complete: not overdue',
      facts('2024-12-31', [FRESH], [milestone('2024-06-15')]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 40,
        lastReportedOn: '2024-06-14',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'GREEN',
        ragReasons: [],
      },
    ],
    [
      'one overdue milestone among complete and future ones',
      facts('2024-12-31', [FRESH], [milestone('2024-05-01', '2024-04-30'), milestone('2024-06-01'), milestone('2024-09-01')]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 40,
        lastReportedOn: '2024-06-14',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: true,
        rag: 'AMBER',
        ragReasons: ['MILESTONE_OVERDUE'],
      },
    ],
    [
      'every red reason and every amber reason but REPORTED_AMBER',
      facts('2024-06-01', [update('2024-05-01', 1, 'ON_HOLD', 60, 'RED')], [milestone('2024-05-15')]),
      D,
      {
        status: 'ON_HOLD',
        progress: 60,
        lastReportedOn: '2024-05-01',
        open: true,
        overdue: true,
        daysOverdue: 14,
        dueSoon: false,
        stale: true,
        milestoneOverdue: true,
        rag: 'RED',
        ragReasons: ['OVERDUE', 'REPORTED_RED', 'MILESTONE_OVERDUE', 'NO_RECENT_UPDATE', 'ON_HOLD'],
      },
    ],
    [
      'every amber reason',
      facts('2024-12-31', [update('2024-05-01', 1, 'ON_HOLD', 60, 'AMBER')], [milestone('2024-05-15')]),
      D,
      {
        status: 'ON_HOLD',
        progress: 60,
        lastReportedOn: '2024-05-01',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: true,
        milestoneOverdue: true,
        rag: 'AMBER',
        ragReasons: ['MILESTONE_OVERDUE', 'NO_RECENT_UPDATE', 'REPORTED_AMBER', 'ON_HOLD'],
      },
    ],
    [
      'same reportedOn, higher seq first in the array wins',
      facts('2024-12-31', [update('2024-06-10', 5, 'IN_PROGRESS', 60, 'AMBER'), update('2024-06-10', 4, 'IN_PROGRESS', 50, 'GREEN')]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 60,
        lastReportedOn: '2024-06-10',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'AMBER',
        ragReasons: ['REPORTED_AMBER'],
      },
    ],
    [
      'same reportedOn, higher seq last in the array wins',
      facts('2024-12-31', [update('2024-06-10', 4, 'IN_PROGRESS', 50, 'GREEN'), update('2024-06-10', 5, 'IN_PROGRESS', 60, 'AMBER')]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 60,
        lastReportedOn: '2024-06-10',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'AMBER',
        ragReasons: ['REPORTED_AMBER'],
      },
    ],
    [
      'updates after D are ignored',
      facts('2024-12-31', [update('2024-06-01', 1, 'IN_PROGRESS', 30, 'GREEN'), update('2024-06-20', 2, 'COMPLETED', 100, 'GREEN')]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 30,
        lastReportedOn: '2024-06-01',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'GREEN',
        ragReasons: [],
      },
    ],
    [
      'only updates after D: as if never updated',
      facts('2024-06-20', [update('2024-06-16', 1, 'COMPLETED', 100)]),
      D,
      {
        status: 'NOT_STARTED',
        progress: 0,
        lastReportedOn: null,
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: true,
        stale: true,
        milestoneOverdue: false,
        rag: 'AMBER',
        ragReasons: ['NO_RECENT_UPDATE'],
      },
    ],
    [
      'reopened after completion: the later update rules',
      facts('2024-12-31', [update('2024-06-01', 1, 'COMPLETED', 100), update('2024-06-10', 2, 'IN_PROGRESS', 80)]),
      D,
      {
        status: 'IN_PROGRESS',
        progress: 80,
        lastReportedOn: '2024-06-10',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'GREEN',
        ragReasons: [],
      },
    ],
    [
      'COMPLETED past its due date, long ago: BLUE, not overdue, not stale',
      facts('2024-01-31', [update('2024-01-10', 1, 'COMPLETED', 100, 'RED')]),
      D,
      {
        status: 'COMPLETED',
        progress: 100,
        lastReportedOn: '2024-01-10',
        open: false,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'BLUE',
        ragReasons: [],
      },
    ],
    [
      'COMPLETED due within dueSoonDays: not due soon',
      facts('2024-06-20', [update('2024-06-14', 1, 'COMPLETED', 100)]),
      D,
      {
        status: 'COMPLETED',
        progress: 100,
        lastReportedOn: '2024-06-14',
        open: false,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'BLUE',
        ragReasons: [],
      },
    ],
    [
      'COMPLETED with an open past milestone: the milestone is overdue but the action stays BLUE',
      facts('2024-12-31', [update('2024-06-14', 1, 'COMPLETED', 100)], [milestone('2024-06-01')]),
      D,
      {
        status: 'COMPLETED',
        progress: 100,
        lastReportedOn: '2024-06-14',
        open: false,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: true,
        rag: 'BLUE',
        ragReasons: [],
      },
    ],
    [
      'CANCELLED: no RAG, never overdue or stale, milestones never overdue',
      facts('2024-03-01', [update('2024-01-10', 1, 'CANCELLED', 30, 'RED')], [milestone('2024-02-01'), milestone('2024-05-01', '2024-06-16')]),
      D,
      {
        status: 'CANCELLED',
        progress: 30,
        lastReportedOn: '2024-01-10',
        open: false,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: null,
        ragReasons: [],
      },
    ],
    [
      'leap day: due 28 Feb, as of 29 Feb is 1 day overdue',
      facts('2024-02-28', [update('2024-02-20', 1, 'IN_PROGRESS', 50)]),
      '2024-02-29',
      {
        status: 'IN_PROGRESS',
        progress: 50,
        lastReportedOn: '2024-02-20',
        open: true,
        overdue: true,
        daysOverdue: 1,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'RED',
        ragReasons: ['OVERDUE'],
      },
    ],
    [
      'leap day: due 1 Feb, as of 1 Mar is 29 days overdue',
      facts('2024-02-01', [update('2024-02-20', 1, 'IN_PROGRESS', 50)]),
      '2024-03-01',
      {
        status: 'IN_PROGRESS',
        progress: 50,
        lastReportedOn: '2024-02-20',
        open: true,
        overdue: true,
        daysOverdue: 29,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'RED',
        ragReasons: ['OVERDUE'],
      },
    ],
    [
      'non-leap year: due 1 Feb, as of 1 Mar is 28 days overdue',
      facts('2023-02-01', [update('2023-02-20', 1, 'IN_PROGRESS', 50)]),
      '2023-03-01',
      {
        status: 'IN_PROGRESS',
        progress: 50,
        lastReportedOn: '2023-02-20',
        open: true,
        overdue: true,
        daysOverdue: 28,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'RED',
        ragReasons: ['OVERDUE'],
      },
    ],
    [
      'leap day as D: due D + 14 (14 Mar) is due soon; update 30 days before (30 Jan) is not stale',
      facts('2024-03-14', [update('2024-01-30', 1, 'IN_PROGRESS', 50)]),
      '2024-02-29',
      {
        status: 'IN_PROGRESS',
        progress: 50,
        lastReportedOn: '2024-01-30',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: true,
        stale: false,
        milestoneOverdue: false,
        rag: 'GREEN',
        ragReasons: [],
      },
    ],
    [
      'leap day as D: due 15 Mar is not due soon; update 31 days before (29 Jan) is stale',
      facts('2024-03-15', [update('2024-01-29', 1, 'IN_PROGRESS', 50)]),
      '2024-02-29',
      {
        status: 'IN_PROGRESS',
        progress: 50,
        lastReportedOn: '2024-01-29',
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: true,
        milestoneOverdue: false,
        rag: 'AMBER',
        ragReasons: ['NO_RECENT_UPDATE'],
      },
    ],
    [
      'overdue across a year end',
      facts('2023-12-31', [update('2024-01-02', 1, 'IN_PROGRESS', 50)]),
      '2024-01-02',
      {
        status: 'IN_PROGRESS',
        progress: 50,
        lastReportedOn: '2024-01-02',
        open: true,
        overdue: true,
        daysOverdue: 2,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'RED',
        ragReasons: ['OVERDUE'],
      },
    ],
  ])('%s', (_name, actionFacts, asOf, expected) => {
    expect(evaluateAction(actionFacts, asOf, SETTINGS)).toEqual(expected);
  });

  it.each<[RuleSettings, boolean, boolean]>([
    [{ staleAfterDays: 0, dueSoonDays: 0 }, true, false],
    [{ staleAfterDays: 1, dueSoonDays: 1 }, false, true],
    [{ staleAfterDays: 7, dueSoonDays: 7 }, false, true],
  ])('settings %j: update yesterday stale=%s, due tomorrow dueSoon=%s', (settings, stale, dueSoon) => {
    const evaluation = evaluateAction(facts('2024-06-16', [update('2024-06-14', 1, 'IN_PROGRESS', 40)]), D, settings);
    expect({ stale: evaluation.stale, dueSoon: evaluation.dueSoon }).toEqual({ stale, dueSoon });
  });

  it('does not reorder or mutate its input', () => {
    const updates = [update('2024-06-10', 5, 'IN_PROGRESS', 60), update('2024-06-10', 4, 'IN_PROGRESS', 50)];
    const before = JSON.stringify(updates);
    evaluateAction(facts('2024-12-31', updates), D, SETTINGS);
    expect(JSON.stringify(updates)).toBe(before);
  });

  // A grid of dates, statuses, reporter RAGs and milestones around D; the rules' definitions must hold for each.
  describe('invariants', () => {
    const statuses: ActionStatusName[] = ['NOT_STARTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CANCELLED'];
    const rags: (RagName | null)[] = [null, 'RED', 'AMBER', 'GREEN'];
    const dueDates = ['2024-05-01', '2024-06-14', '2024-06-15', '2024-06-29', '2024-06-30'];
    const reportedOns = ['2024-05-15', '2024-05-16', '2024-06-15', '2024-06-16'];
    const milestoneSets: MilestoneFact[][] = [[], [milestone('2024-06-14')], [milestone('2024-06-14', '2024-06-15')]];
    const cases: [string, ActionFacts][] = [];
    for (const status of statuses)
      for (const rag of rags)
        for (const dueDate of dueDates)
          for (const reportedOn of reportedOns)
            for (const milestones of milestoneSets)
              cases.push([
                `${status} ${rag} due ${dueDate} reported ${reportedOn} ${milestones.length} milestones`,
                facts(dueDate, [update(reportedOn, 1, status, status === 'COMPLETED' ? 100 : 50, rag)], milestones),
              ]);

    it.each(cases)('%s', (_name, actionFacts) => {
      const e = evaluateAction(actionFacts, D, SETTINGS);
      const reasonIndexes = e.ragReasons.map((r) => RAG_REASONS.indexOf(r));
      expect(reasonIndexes).toEqual([...reasonIndexes].sort((a, b) => a - b));
      expect(new Set(e.ragReasons).size).toBe(e.ragReasons.length);
      expect(e.rag === null).toBe(e.status === 'CANCELLED');
      expect(e.rag === 'BLUE').toBe(e.status === 'COMPLETED');
      expect(e.rag === 'RED').toBe(e.ragReasons.includes('OVERDUE') || e.ragReasons.includes('REPORTED_RED'));
      expect(e.rag === 'GREEN' || e.rag === 'BLUE' || e.rag === null).toBe(e.ragReasons.length === 0);
      expect(e.daysOverdue > 0).toBe(e.overdue);
      expect(e.overdue && e.dueSoon).toBe(false);
      if (!e.open) expect([e.overdue, e.dueSoon, e.stale]).toEqual([false, false, false]);
    });
  });
});

describe('evaluateFromState', () => {
  it.each<[string, Parameters<typeof evaluateFromState>[0], ActionEvaluation]>([
    [
      'SQL state with no update and an overdue milestone',
      { status: 'NOT_STARTED', percentComplete: 0, lastReportedOn: null, reportedRag: null, dueDate: '2024-12-31', milestoneOverdue: true },
      {
        status: 'NOT_STARTED',
        progress: 0,
        lastReportedOn: null,
        open: true,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: true,
        milestoneOverdue: true,
        rag: 'AMBER',
        ragReasons: ['MILESTONE_OVERDUE', 'NO_RECENT_UPDATE'],
      },
    ],
    [
      'CANCELLED ignores a milestoneOverdue flag from the caller',
      { status: 'CANCELLED', percentComplete: 10, lastReportedOn: '2024-01-01', reportedRag: 'RED', dueDate: '2024-02-01', milestoneOverdue: true },
      {
        status: 'CANCELLED',
        progress: 10,
        lastReportedOn: '2024-01-01',
        open: false,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: null,
        ragReasons: [],
      },
    ],
    [
      'COMPLETED reported below 100 %: progress 100',
      { status: 'COMPLETED', percentComplete: 90, lastReportedOn: '2024-06-01', reportedRag: null, dueDate: '2024-06-30', milestoneOverdue: false },
      {
        status: 'COMPLETED',
        progress: 100,
        lastReportedOn: '2024-06-01',
        open: false,
        overdue: false,
        daysOverdue: 0,
        dueSoon: false,
        stale: false,
        milestoneOverdue: false,
        rag: 'BLUE',
        ragReasons: [],
      },
    ],
  ])('%s', (_name, state, expected) => {
    expect(evaluateFromState(state, D, SETTINGS)).toEqual(expected);
  });
});
