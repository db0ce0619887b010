import { addDays, compareDates, daysBetween } from '@app/calendar';
import { BANK_HOLIDAYS_COVER_UNTIL, ENGLAND_AND_WALES_BANK_HOLIDAY_DATES } from './bank-holidays';

/** 1970-01-01 was a Thursday: day number 0 → weekday 4 (0 = Sunday). */
function weekday(date: string): number {
  return (((daysBetween('1970-01-01', date) + 4) % 7) + 7) % 7;
}

/**
 * A working day in England and Wales: Monday to Friday and not a bank holiday. Throws past the
 * shipped list's cover, so a grace period is never silently counted without that year's holidays.
 */
export function isWorkingDay(date: string, holidays: ReadonlySet<string> = ENGLAND_AND_WALES_BANK_HOLIDAY_DATES): boolean {
  if (compareDates(date, BANK_HOLIDAYS_COVER_UNTIL) > 0) {
    throw new RangeError(`Bank holidays are known only until ${BANK_HOLIDAYS_COVER_UNTIL}: ${date}`);
  }
  const day = weekday(date);
  return day !== 0 && day !== 6 && !holidays.has(date);
}

/**
 * The `n`th working day after `date` (`n` ≥ 0; `date` itself when `n` is 0, whether or not it is a
 * working day). Days that are not working days are skipped, never counted.
 */
export function addWorkingDays(date: string, n: number, holidays?: ReadonlySet<string>): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0: ${n}`);
  let day = date;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidays)) left -= 1;
  }
  return day;
}

/**
 * The last day of a round's grace period: `graceWorkingDays` working days after the deadline
 * (the deadline itself when there is no grace). A return made on that day is late but counts.
 */
export function graceEndsOn(deadline: string, graceWorkingDays: number, holidays?: ReadonlySet<string>): string {
  return addWorkingDays(deadline, graceWorkingDays, holidays);
}
