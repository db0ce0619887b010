import { ReturnStatus } from '@app/domain';
import { complianceByAgency, returnStatus, sumCompliance } from './compliance.rule';

// Opens 2 November 2026, deadline 20 November, grace to 24 November.
const round = { opensOn: '2026-11-02', deadline: '2026-11-20', graceEndsOn: '2026-11-24', closedOn: null };

describe('returnStatus', () => {
  it.each([
    // returned on, as of, status
    [null, '2026-11-20', ReturnStatus.OUTSTANDING], // deadline day, nothing yet
    [null, '2026-11-24', ReturnStatus.OUTSTANDING], // last day of grace, nothing yet
    [null, '2026-11-25', ReturnStatus.MISSED], // the day after grace
    ['2026-11-02', '2026-11-02', ReturnStatus.ON_TIME], // opening day
    ['2026-11-20', '2026-11-20', ReturnStatus.ON_TIME], // deadline day
    ['2026-11-21', '2026-11-21', ReturnStatus.LATE], // first day of grace
    ['2026-11-24', '2026-11-30', ReturnStatus.LATE], // last day of grace
    ['2026-11-25', '2026-11-30', ReturnStatus.MISSED], // after grace: does not count
    ['2026-11-01', '2026-11-30', ReturnStatus.MISSED], // before opening: does not count
    ['2026-11-01', '2026-11-10', ReturnStatus.OUTSTANDING],
    ['2026-11-15', '2026-11-10', ReturnStatus.OUTSTANDING], // made after the as-of date: not known yet
  ])('returned on %s, as of %s → %s', (returnedOn, asOf, expected) => {
    expect(returnStatus(round, returnedOn, asOf)).toBe(expected);
  });

  it.each([
    ['2026-11-10', '2026-11-10', ReturnStatus.ON_TIME], // on the closing day: counts
    ['2026-11-11', '2026-11-11', ReturnStatus.MISSED], // after closing
    [null, '2026-11-10', ReturnStatus.MISSED], // closed: nothing outstanding any more
    [null, '2026-11-09', ReturnStatus.OUTSTANDING],
  ])('closed by hand on 10 November: returned on %s, as of %s → %s', (returnedOn, asOf, expected) => {
    expect(returnStatus({ ...round, closedOn: '2026-11-10' }, returnedOn, asOf)).toBe(expected);
  });
});

describe('complianceByAgency', () => {
  const due = [
    { agencyId: 'police', returnedOn: '2026-11-05', acknowledgedOn: '2026-11-06' }, // on time, acknowledged
    { agencyId: 'police', returnedOn: '2026-11-23', acknowledgedOn: null }, // late
    { agencyId: 'police', returnedOn: null, acknowledgedOn: null }, // missed after grace
    { agencyId: 'council', returnedOn: '2026-11-20', acknowledgedOn: '2026-11-26' }, // on time, acknowledged after the 25th
    { agencyId: 'council', returnedOn: '2026-11-30', acknowledgedOn: '2026-11-30' }, // outside the round: missed, never acknowledged
  ];

  it('counts each agency as of the day after grace', () => {
    expect(complianceByAgency(round, due, '2026-11-25')).toEqual([
      { agencyId: 'council', due: 2, onTime: 1, late: 0, missed: 1, outstanding: 0, acknowledged: 0 },
      { agencyId: 'police', due: 3, onTime: 1, late: 1, missed: 1, outstanding: 0, acknowledged: 1 },
    ]);
  });

  it('counts outstanding returns while the round is open', () => {
    expect(complianceByAgency(round, due, '2026-11-10')).toEqual([
      { agencyId: 'council', due: 2, onTime: 0, late: 0, missed: 0, outstanding: 2, acknowledged: 0 },
      { agencyId: 'police', due: 3, onTime: 1, late: 0, missed: 0, outstanding: 2, acknowledged: 1 },
    ]);
  });

  it('keeps due = on time + late + missed + outstanding on every day of the round', () => {
    for (let day = 1; day <= 30; day++) {
      const asOf = `2026-11-${String(day).padStart(2, '0')}`;
      for (const c of complianceByAgency(round, due, asOf)) {
        expect(c.onTime + c.late + c.missed + c.outstanding).toBe(c.due);
        expect(c.acknowledged).toBeLessThanOrEqual(c.onTime + c.late);
      }
    }
  });

  it('sums across rounds', () => {
    const a = { agencyId: 'x', due: 2, onTime: 1, late: 1, missed: 0, outstanding: 0, acknowledged: 1 };
    const b = { agencyId: 'x', due: 3, onTime: 0, late: 0, missed: 3, outstanding: 0, acknowledged: 0 };
    expect(sumCompliance([a, b])).toEqual([{ agencyId: 'x', due: 5, onTime: 1, late: 1, missed: 3, outstanding: 0, acknowledged: 1 }]);
  });
});
