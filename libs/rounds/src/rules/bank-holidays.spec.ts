import { addDays, compareDates, todayIn } from '@app/calendar';
import { readSettings } from '@app/config';
import { BANK_HOLIDAYS_COVER_UNTIL, ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays';

describe('ENGLAND_AND_WALES_BANK_HOLIDAYS', () => {
  // The clock date is the real one (or CLOCK_NOW, as the server reads it): this fails on the day the
  // shipped list stops covering two years ahead, the cue to add the next year from gov.uk.
  const today = todayIn('Europe/London', readSettings().clockNow ?? new Date());

  it('covers the next two years from the clock date', () => {
    expect(compareDates(addDays(today, 731), BANK_HOLIDAYS_COVER_UNTIL)).toBeLessThanOrEqual(0);
  });

  it('has the eight bank holidays of every year it covers', () => {
    const years = new Map<string, number>();
    for (const h of ENGLAND_AND_WALES_BANK_HOLIDAYS) years.set(h.date.slice(0, 4), (years.get(h.date.slice(0, 4)) ?? 0) + 1);
    expect([...years.entries()]).toEqual([
      ['2024', 8],
      ['2025', 8],
      ['2026', 8],
      ['2027', 8],
      ['2028', 8],
    ]);
  });

  it('lists dates in order, each on a weekday', () => {
    const dates = ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date);
    expect([...dates].sort()).toEqual(dates);
    for (const d of dates) expect([0, 6]).not.toContain(new Date(`${d}T12:00:00Z`).getUTCDay());
  });
});
