import type { RollUp } from '@app/board-report/rules';
import { ComparableAction, ComparablePack, compareRefs, packDifferences } from './pack-differences.rule';

const rollUp = (over: Partial<RollUp> = {}): RollUp => ({
  total: 2,
  cancelled: 0,
  completed: 0,
  overdue: 0,
  dueSoon: 0,
  stale: 0,
  progress: 25,
  byStatus: { notStarted: 1, inProgress: 1, onHold: 0, completed: 0 },
  byRag: { red: 0, amber: 0, green: 2, blue: 0 },
  ...over,
});

const action = (ref: string, over: Partial<ComparableAction> = {}): ComparableAction => ({
  ref,
  title: `Action ${ref}`,
  pillar: 'PREVENT',
  objectiveCode: 'PV1',
  leadAgency: 'Police',
  supportingAgencies: ['Council'],
  startDate: null,
  dueDate: '2026-06-30',
  status: 'IN_PROGRESS',
  progress: 50,
  rag: 'GREEN',
  ragReasons: [],
  overdue: false,
  daysOverdue: 0,
  dueSoon: false,
  stale: false,
  lastReportedOn: '2026-01-10',
  ...over,
});

const pack = (over: Partial<ComparablePack> = {}): ComparablePack => ({
  overall: rollUp(),
  byPillar: [{ pillar: 'PREVENT', rollUp: rollUp() }],
  allActions: [action('1.1'), action('1.2', { status: 'NOT_STARTED', progress: 0 })],
  ...over,
});

describe('packDifferences', () => {
  it('finds nothing between a pack and itself', () => {
    expect(packDifferences(pack(), pack())).toEqual([]);
  });

  it('lists a back-dated return as the action fields and the figures it moves', () => {
    const after = pack({
      overall: rollUp({ progress: 50, byRag: { red: 1, amber: 0, green: 1, blue: 0 } }),
      byPillar: [{ pillar: 'PREVENT', rollUp: rollUp({ progress: 50, byRag: { red: 1, amber: 0, green: 1, blue: 0 } }) }],
      allActions: [
        action('1.1', { progress: 100, rag: 'RED', ragReasons: ['REPORTED_RED', 'OVERDUE'], lastReportedOn: '2026-02-01' }),
        action('1.2', { status: 'NOT_STARTED', progress: 0 }),
      ],
    });
    expect(packDifferences(pack(), after)).toEqual([
      { kind: 'FIGURE', path: 'overall.progress', ref: null, before: '25', after: '50' },
      { kind: 'FIGURE', path: 'overall.byRag.red', ref: null, before: '0', after: '1' },
      { kind: 'FIGURE', path: 'overall.byRag.green', ref: null, before: '2', after: '1' },
      { kind: 'PILLAR', path: 'PREVENT.progress', ref: 'PREVENT', before: '25', after: '50' },
      { kind: 'PILLAR', path: 'PREVENT.byRag.red', ref: 'PREVENT', before: '0', after: '1' },
      { kind: 'PILLAR', path: 'PREVENT.byRag.green', ref: 'PREVENT', before: '2', after: '1' },
      { kind: 'ACTION', path: '1.1.progress', ref: '1.1', before: '50', after: '100' },
      { kind: 'ACTION', path: '1.1.rag', ref: '1.1', before: 'GREEN', after: 'RED' },
      { kind: 'ACTION', path: '1.1.ragReasons', ref: '1.1', before: '', after: 'REPORTED_RED, OVERDUE' },
      { kind: 'ACTION', path: '1.1.lastReportedOn', ref: '1.1', before: '2026-01-10', after: '2026-02-01' },
    ]);
  });

  it('lists actions added and removed by ref, in natural ref order, and a P only one side has', () => {
    const after = pack({
      byPillar: [
        { pillar: 'PREVENT', rollUp: rollUp() },
        { pillar: 'PURSUE', rollUp: rollUp({ total: 1 }) },
      ],
      allActions: [action('1.1'), action('1.10', { title: 'New' }), action('1.9', { title: 'Also new' })],
    });
    const diff = packDifferences(pack(), after);
    expect(diff.filter((d) => d.kind !== 'PILLAR')).toEqual([
      { kind: 'ACTION_REMOVED', path: '1.2', ref: '1.2', before: 'Action 1.2', after: null },
      { kind: 'ACTION_ADDED', path: '1.9', ref: '1.9', before: null, after: 'Also new' },
      { kind: 'ACTION_ADDED', path: '1.10', ref: '1.10', before: null, after: 'New' },
    ]);
    expect(diff.find((d) => d.path === 'PURSUE.total')).toEqual({ kind: 'PILLAR', path: 'PURSUE.total', ref: 'PURSUE', before: null, after: '1' });
  });

  it('compares a title, dates and agency lists as text', () => {
    const after = pack({
      allActions: [
        action('1.1', { title: 'Renamed', dueDate: '2026-07-31', supportingAgencies: ['Council', 'Health'] }),
        action('1.2', { status: 'NOT_STARTED', progress: 0 }),
      ],
    });
    expect(packDifferences(pack(), after)).toEqual([
      { kind: 'ACTION', path: '1.1.title', ref: '1.1', before: 'Action 1.1', after: 'Renamed' },
      { kind: 'ACTION', path: '1.1.supportingAgencies', ref: '1.1', before: 'Council', after: 'Council, Health' },
      { kind: 'ACTION', path: '1.1.dueDate', ref: '1.1', before: '2026-06-30', after: '2026-07-31' },
    ]);
  });

  it.each([
    ['1.2', '1.10', -1],
    ['A10', 'A2', 1],
    ['2', '2', 0],
  ])('orders ref %s against %s', (a, b, sign) => {
    expect(Math.sign(compareRefs(a, b))).toBe(sign);
  });
});
