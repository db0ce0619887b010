import type { ActionStatus, Rag } from '@app/domain';
import { emptyRollUp, RollUp, rollUp, RollUpRow, roundHalfUpOneDecimal } from './roll-up.rule';

function row(status: ActionStatus, progress: number, rag: Rag | null, flags: Partial<Pick<RollUpRow, 'overdue' | 'dueSoon' | 'stale'>> = {}): RollUpRow {
  return { status, progress, rag, overdue: false, dueSoon: false, stale: false, ...flags };
}

const EMPTY: RollUp = {
  total: 0,
  cancelled: 0,
  completed: 0,
  overdue: 0,
  dueSoon: 0,
  stale: 0,
  progress: 0,
  byStatus: { notStarted: 0, inProgress: 0, onHold: 0, completed: 0 },
  byRag: { red: 0, amber: 0, green: 0, blue: 0 },
};

describe('roundHalfUpOneDecimal', () => {
  it.each([
    [0, 0, 0],
    [250, 0, 0],
    [0, 3, 0],
    [1, 8, 0.1], // 0.125
    [1, 20, 0.1], // 0.05
    [3, 20, 0.2], // 0.15: binary floating point rounds this down
    [7, 20, 0.4], // 0.35
    [29, 20, 1.5], // 1.45
    [21, 20, 1.1], // 1.05
    [1, 40, 0], // 0.025
    [3, 40, 0.1], // 0.075
    [101, 40, 2.5], // 2.525
    [21, 8, 2.6], // 2.625
    [5, 4, 1.3], // 1.25
    [101, 4, 25.3], // 25.25
    [201, 200, 1], // 1.005
    [1, 3, 0.3],
    [2, 3, 0.7],
    [169, 3, 56.3],
    [170, 3, 56.7],
    [199, 2, 99.5],
    [201, 2, 100.5],
    [100, 1, 100],
    [300, 3, 100],
    [999_999, 10_000, 100], // 99.9999
    [-1, 20, 0], // -0.05: half-up goes towards +∞
    [-3, 20, -0.1], // -0.15
  ])('%d / %d → %d', (sum, count, expected) => {
    expect(roundHalfUpOneDecimal(sum, count)).toBe(expected);
  });

  it.each([
    [1.5, 2],
    [1, 0.5],
    [1, -1],
    [Number.NaN, 1],
    [1, Number.POSITIVE_INFINITY],
  ])('throws RangeError for %d / %d', (sum, count) => {
    expect(() => roundHalfUpOneDecimal(sum, count)).toThrow(RangeError);
  });
});

describe('emptyRollUp', () => {
  it('is all zeros', () => {
    expect(emptyRollUp()).toEqual(EMPTY);
  });

  it('returns a fresh object each time', () => {
    const first = emptyRollUp();
    first.byRag.red = 5;
    expect(emptyRollUp().byRag.red).toBe(0);
  });
});

describe('rollUp', () => {
  it.each<[string, RollUpRow[], RollUp]>([
    ['an empty group', [], EMPTY],
    ['only cancelled actions', [row('CANCELLED', 30, null), row('CANCELLED', 0, null), row('CANCELLED', 100, null)], { ...EMPTY, cancelled: 3 }],
    [
      'a cancelled action carrying flags counts only as cancelled',
      [row('CANCELLED', 40, null, { overdue: true, dueSoon: true, stale: true }), row('IN_PROGRESS', 60, 'GREEN')],
      {
        total: 1,
        cancelled: 1,
        completed: 0,
        overdue: 0,
        dueSoon: 0,
        stale: 0,
        progress: 60,
        byStatus: { notStarted: 0, inProgress: 1, onHold: 0, completed: 0 },
        byRag: { red: 0, amber: 0, green: 1, blue: 0 },
      },
    ],
    [
      'a mixed group',
      [
        row('NOT_STARTED', 0, 'AMBER', { stale: true }),
        row('IN_PROGRESS', 40, 'GREEN', { dueSoon: true }),
        row('IN_PROGRESS', 65, 'RED', { overdue: true, stale: true }),
        row('ON_HOLD', 30, 'AMBER'),
        row('COMPLETED', 100, 'BLUE'),
        row('COMPLETED', 100, 'BLUE'),
        row('CANCELLED', 30, null),
        row('IN_PROGRESS', 25, 'RED', { overdue: true }),
      ],
      {
        total: 7,
        cancelled: 1,
        completed: 2,
        overdue: 2,
        dueSoon: 1,
        stale: 2,
        progress: 51.4, // 360 / 7 = 51.43
        byStatus: { notStarted: 1, inProgress: 3, onHold: 1, completed: 2 },
        byRag: { red: 2, amber: 2, green: 1, blue: 2 },
      },
    ],
    [
      'mean progress on a tie rounds up',
      [row('IN_PROGRESS', 10, 'GREEN'), row('IN_PROGRESS', 20, 'GREEN'), row('IN_PROGRESS', 33, 'AMBER'), row('ON_HOLD', 38, 'AMBER'), row('CANCELLED', 90, null)],
      {
        total: 4,
        cancelled: 1,
        completed: 0,
        overdue: 0,
        dueSoon: 0,
        stale: 0,
        progress: 25.3, // 101 / 4 = 25.25
        byStatus: { notStarted: 0, inProgress: 3, onHold: 1, completed: 0 },
        byRag: { red: 0, amber: 2, green: 2, blue: 0 },
      },
    ],
    [
      'all completed',
      [row('COMPLETED', 100, 'BLUE'), row('COMPLETED', 100, 'BLUE')],
      { ...EMPTY, total: 2, completed: 2, progress: 100, byStatus: { ...EMPTY.byStatus, completed: 2 }, byRag: { ...EMPTY.byRag, blue: 2 } },
    ],
  ])('%s', (_name, rows, expected) => {
    expect(rollUp(rows)).toEqual(expected);
  });

  // Deterministic pseudo-random groups (a fixed-seed LCG), with each RAG consistent with its status.
  describe('invariants', () => {
    const statuses: ActionStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CANCELLED'];
    const openRags: Rag[] = ['RED', 'AMBER', 'GREEN'];

    function group(seed: number, size: number): RollUpRow[] {
      let state = seed;
      const next = (n: number): number => {
        state = (state * 48_271) % 2_147_483_647;
        return state % n;
      };
      return Array.from({ length: size }, () => {
        const status = statuses[next(statuses.length)];
        if (status === 'CANCELLED') return row(status, next(101), null);
        if (status === 'COMPLETED') return row(status, 100, 'BLUE');
        return row(status, status === 'NOT_STARTED' ? 0 : next(101), openRags[next(3)], {
          overdue: next(2) === 1,
          dueSoon: next(2) === 1,
          stale: next(2) === 1,
        });
      });
    }

    it.each(Array.from({ length: 40 }, (_, i) => [i + 1, i % 13]))('seed %d, %d actions', (seed, size) => {
      const rows = group(seed, size);
      const r = rollUp(rows);
      const { notStarted, inProgress, onHold, completed } = r.byStatus;
      const { red, amber, green, blue } = r.byRag;
      expect(notStarted + inProgress + onHold + completed).toBe(r.total);
      expect(red + amber + green + blue).toBe(r.total);
      expect(r.total + r.cancelled).toBe(rows.length);
      expect(r.completed).toBe(completed);
      expect(blue).toBe(completed);
      expect(Math.max(r.overdue, r.dueSoon, r.stale)).toBeLessThanOrEqual(r.total);
      expect(r.progress).toBeGreaterThanOrEqual(0);
      expect(r.progress).toBeLessThanOrEqual(100);
      expect(Math.round(r.progress * 10) / 10).toBe(r.progress);
      expect(rollUp([...rows].reverse())).toEqual(r);
    });
  });
});
