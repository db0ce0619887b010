import { RoundCadence } from '@app/domain';
import { addMonths, cadenceRounds } from './cadence.rule';

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'], // leap year
    ['2026-01-31', 2, '2026-03-31'], // counted from the first date, not the clamped one
    ['2026-11-15', 3, '2027-02-15'], // across a year
    ['2026-12-01', 1, '2027-01-01'],
  ])('%s + %i months → %s', (d, n, expected) => {
    expect(addMonths(d, n)).toBe(expected);
  });
});

describe('cadenceRounds', () => {
  it('generates monthly rounds whose opening is on or before the end date', () => {
    expect(cadenceRounds('2027-01-04', '2027-03-04', RoundCadence.MONTHLY, 14)).toEqual([
      { opensOn: '2027-01-04', deadline: '2027-01-17' },
      { opensOn: '2027-02-04', deadline: '2027-02-17' },
      { opensOn: '2027-03-04', deadline: '2027-03-17' }, // opens on the end date: included
    ]);
  });

  it('generates quarterly rounds', () => {
    expect(cadenceRounds('2027-01-01', '2027-12-31', RoundCadence.QUARTERLY, 1).map((r) => r.opensOn)).toEqual([
      '2027-01-01',
      '2027-04-01',
      '2027-07-01',
      '2027-10-01',
    ]);
  });

  it('generates nothing when the end is before the start', () => {
    expect(cadenceRounds('2027-01-04', '2027-01-03', RoundCadence.MONTHLY, 14)).toEqual([]);
  });
});
