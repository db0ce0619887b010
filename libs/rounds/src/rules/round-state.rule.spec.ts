import { RoundState } from '@app/domain';
import { lastDayOfReturns, roundState } from './round-state.rule';

// Opens Monday 2 November 2026, deadline Friday 20 November, two working days of grace → Tuesday 24 November.
const round = { opensOn: '2026-11-02', deadline: '2026-11-20', graceEndsOn: '2026-11-24', closedOn: null };

describe('roundState', () => {
  it.each([
    ['2026-11-01', RoundState.PLANNED], // the day before opening
    ['2026-11-02', RoundState.OPEN], // opening day
    ['2026-11-20', RoundState.OPEN], // deadline day
    ['2026-11-21', RoundState.IN_GRACE], // the day after the deadline
    ['2026-11-24', RoundState.IN_GRACE], // the last day of grace
    ['2026-11-25', RoundState.CLOSED], // the day after grace
  ])('as of %s → %s', (asOf, expected) => {
    expect(roundState(round, asOf)).toBe(expected);
  });

  it.each([
    ['2026-11-09', '2026-11-08', RoundState.OPEN], // closed on the 9th: still open the day before
    ['2026-11-09', '2026-11-09', RoundState.CLOSED], // closed from its closing day
    ['2026-10-20', '2026-10-19', RoundState.PLANNED], // closed before it opened
    ['2026-10-20', '2026-11-03', RoundState.CLOSED],
  ])('closed by hand on %s, as of %s → %s', (closedOn, asOf, expected) => {
    expect(roundState({ ...round, closedOn }, asOf)).toBe(expected);
  });

  it('has no grace state when grace is zero days', () => {
    const noGrace = { ...round, graceEndsOn: round.deadline };
    expect(roundState(noGrace, '2026-11-20')).toBe(RoundState.OPEN);
    expect(roundState(noGrace, '2026-11-21')).toBe(RoundState.CLOSED);
  });
});

describe('lastDayOfReturns', () => {
  it.each([
    [null, '2026-11-24'],
    ['2026-11-22', '2026-11-22'], // closed during grace
    ['2026-11-24', '2026-11-24'],
    ['2026-12-01', '2026-11-24'], // closed after grace: grace still ends first
  ])('closed on %s → %s', (closedOn, expected) => {
    expect(lastDayOfReturns({ ...round, closedOn })).toBe(expected);
  });
});
