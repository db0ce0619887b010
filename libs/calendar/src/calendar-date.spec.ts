import { addDays, canonicalTimezone, compareDates, daysBetween, isCalendarDate, isValidTimezone, todayIn } from './calendar-date';

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2024-01-31', true],
    ['2024-04-30', true],
    ['2024-12-31', true],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2024-02-30', false],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-01-00', false],
    ['2024-01-32', false],
    ['2024-1-01', false],
    ['2024-01-1', false],
    ['24-01-01', false],
    ['2024/01/01', false],
    ['2024-01-01T00:00:00Z', false],
    [' 2024-01-01', false],
    ['2024-01-01\n', false],
    ['', false],
  ])('%j → %s', (input, expected) => {
    expect(isCalendarDate(input)).toBe(expected);
  });

  it.each([[null], [undefined], [20240101], [new Date(Date.UTC(2024, 0, 1))]])('rejects the non-string %p', (input) => {
    expect(isCalendarDate(input)).toBe(false);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-03-15', 0, '2024-03-15'],
    ['2024-03-15', 1, '2024-03-16'],
    ['2024-03-15', -1, '2024-03-14'],
    ['2024-01-31', 1, '2024-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2023-03-01', -1, '2023-02-28'],
    ['2000-02-28', 1, '2000-02-29'],
    ['1900-02-28', 1, '1900-03-01'],
    ['2024-04-30', 1, '2024-05-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2023-01-01', 365, '2024-01-01'],
    ['2024-02-29', 365, '2025-02-28'],
    ['2024-02-29', 1461, '2028-02-29'],
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-10-24', 1, '2026-10-25'],
    ['2024-06-15', 30, '2024-07-15'],
    ['2024-06-15', -30, '2024-05-16'],
    ['1970-01-01', -1, '1969-12-31'],
    ['0099-12-31', 1, '0100-01-01'],
  ])('%s plus %d days → %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ['2023-02-29', 1],
    ['2024-1-01', 1],
    ['2024-01-01', 0.5],
    ['2024-01-01', Number.NaN],
    ['9999-12-31', 1],
    ['0000-01-01', -1],
  ])('throws RangeError for %s plus %d days', (date, n) => {
    expect(() => addDays(date, n)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2024-03-15', '2024-03-15', 0],
    ['2024-03-15', '2024-03-16', 1],
    ['2024-03-16', '2024-03-15', -1],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2024-01-01', '2025-01-01', 366],
    ['2023-01-01', '2024-01-01', 365],
    ['2024-12-31', '2025-01-01', 1],
    ['2026-03-28', '2026-03-30', 2],
    ['2026-10-24', '2026-10-26', 2],
    ['2000-01-01', '2100-01-01', 36525],
    ['1969-12-31', '1970-01-02', 2],
  ])('%s → %s is %d days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it('throws RangeError for an invalid date', () => {
    expect(() => daysBetween('2023-02-29', '2023-03-01')).toThrow(RangeError);
  });
});

describe('compareDates', () => {
  it.each([
    ['2024-03-15', '2024-03-15', 0],
    ['2024-03-14', '2024-03-15', -1],
    ['2024-03-15', '2024-03-14', 1],
    ['2024-12-31', '2025-01-01', -1],
    ['2024-02-29', '2024-03-01', -1],
  ])('%s vs %s → %d', (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
  });

  it('sorts dates chronologically', () => {
    expect(['2025-01-01', '2024-02-29', '2024-12-31', '2024-03-01'].sort(compareDates)).toEqual(['2024-02-29', '2024-03-01', '2024-12-31', '2025-01-01']);
  });
});

describe('todayIn', () => {
  it.each([
    // London moves to BST at 01:00 UTC on 2026-03-29 and back at 01:00 UTC on 2026-10-25.
    ['Europe/London', '2026-03-29T00:30:00Z', '2026-03-29'],
    ['Europe/London', '2026-03-28T23:59:59Z', '2026-03-28'],
    ['Europe/London', '2026-03-29T23:00:00Z', '2026-03-30'],
    ['Europe/London', '2026-03-29T22:59:59Z', '2026-03-29'],
    ['Europe/London', '2026-06-30T23:30:00Z', '2026-07-01'],
    ['UTC', '2026-06-30T23:30:00Z', '2026-06-30'],
    ['Europe/London', '2026-10-24T23:30:00Z', '2026-10-25'],
    ['Europe/London', '2026-10-25T23:30:00Z', '2026-10-25'],
    ['Europe/London', '2026-12-31T23:59:59Z', '2026-12-31'],
    ['Europe/London', '2024-02-28T23:30:00Z', '2024-02-28'],
    ['Europe/London', '2024-02-29T00:00:00Z', '2024-02-29'],
    ['America/New_York', '2027-01-01T04:59:59Z', '2026-12-31'],
    ['America/New_York', '2027-01-01T05:00:00Z', '2027-01-01'],
    ['Pacific/Auckland', '2026-12-31T11:00:00Z', '2027-01-01'],
    ['Pacific/Kiritimati', '2024-02-28T10:00:00Z', '2024-02-29'],
  ])('in %s at %s → %s', (timezone, instant, expected) => {
    expect(todayIn(timezone, new Date(instant))).toBe(expected);
  });

  it.each([
    ['Not/A_Zone', '2026-01-01T00:00:00Z'],
    ['Europe/London', 'not an instant'],
  ])('throws RangeError for %s at %s', (timezone, instant) => {
    expect(() => todayIn(timezone, new Date(instant))).toThrow(RangeError);
  });
});

describe('isValidTimezone', () => {
  it.each([
    ['Europe/London', true],
    ['America/New_York', true],
    ['UTC', true],
    ['Etc/GMT+1', true],
    ['Not/A_Zone', false],
    ['Europe/Londres', false],
    ['+01:00', false],
    ['-05:00', false],
    ['', false],
  ])('%j → %s', (tz, expected) => {
    expect(isValidTimezone(tz)).toBe(expected);
  });

  it.each([[null], [undefined], [0]])('rejects the non-string %p', (tz) => {
    expect(isValidTimezone(tz)).toBe(false);
  });
});

describe('canonicalTimezone', () => {
  it.each([
    ['europe/london', 'Europe/London'],
    ['Europe/London', 'Europe/London'],
    ['AMERICA/NEW_YORK', 'America/New_York'],
    ['Not/AZone', null],
  ])('spells %s as %s', (given, expected) => {
    expect(canonicalTimezone(given)).toBe(expected);
  });
});
