import { addWorkingDays, graceEndsOn, isWorkingDay } from './working-days.rule';

describe('isWorkingDay', () => {
  it.each([
    ['2026-11-27', true], // Friday
    ['2026-11-28', false], // Saturday
    ['2026-11-29', false], // Sunday
    ['2026-11-30', true], // Monday
    ['2026-12-24', true], // Christmas Eve is not a bank holiday
    ['2026-12-25', false], // Christmas Day (Friday)
    ['2026-12-28', false], // Boxing Day's substitute (26th is a Saturday)
    ['2026-12-29', true],
    ['2027-03-26', false], // Good Friday
    ['2027-03-29', false], // Easter Monday
    ['2028-01-03', false], // New Year's Day's substitute
    ['2028-02-29', true], // leap day, a Tuesday
    ['2028-12-29', true],
  ])('%s → %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('refuses a date past the shipped list', () => {
    expect(() => isWorkingDay('2029-01-02')).toThrow(RangeError);
  });
});

describe('addWorkingDays / graceEndsOn', () => {
  it.each([
    // deadline, grace, last day of grace
    ['2026-11-26', 0, '2026-11-26'], // no grace: the deadline itself
    ['2026-11-28', 0, '2026-11-28'], // a Saturday deadline with no grace stays a Saturday
    ['2026-11-26', 1, '2026-11-27'], // Thursday + 1 → Friday
    ['2026-11-27', 1, '2026-11-30'], // Friday + 1 → Monday (weekend skipped)
    ['2026-11-28', 1, '2026-11-30'], // Saturday + 1 → Monday
    ['2026-11-27', 5, '2026-12-04'], // a full week
    ['2026-12-24', 1, '2026-12-29'], // Christmas Day, the weekend and the substitute Boxing Day skipped
    ['2026-12-24', 3, '2026-12-31'],
    ['2026-12-24', 4, '2027-01-04'], // New Year's Day (Friday) and the weekend skipped
    ['2027-03-25', 1, '2027-03-30'], // Good Friday, Easter weekend and Easter Monday skipped
    ['2027-12-24', 1, '2027-12-29'], // both substitute days skipped
    ['2028-02-28', 1, '2028-02-29'], // into a leap day
  ])('%s + %i working days → %s', (deadline, grace, expected) => {
    expect(graceEndsOn(deadline, grace)).toBe(expected);
  });

  it.each([-1, 1.5])('refuses %s working days', (n) => {
    expect(() => addWorkingDays('2026-11-26', n)).toThrow(RangeError);
  });

  it('counts exactly n working days between the date and the result (invariant)', () => {
    for (let n = 0; n < 40; n++) {
      const end = addWorkingDays('2026-12-01', n);
      let count = 0;
      for (let d = '2026-12-01'; d !== end;) {
        d = addWorkingDays(d, 1);
        count += 1;
      }
      expect(count).toBe(n);
      if (n > 0) expect(isWorkingDay(end)).toBe(true);
    }
  });
});
