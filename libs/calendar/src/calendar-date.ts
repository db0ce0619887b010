/**
 * Calendar dates as 'YYYY-MM-DD' strings (the GraphQL `Date` scalar and PostgreSQL `date`).
 *
 * Arithmetic runs on integer day numbers (days since 1970-01-01 in the proleptic Gregorian
 * calendar), never on `Date` objects in local time, so results do not depend on the server's TZ.
 */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Returns [year, month, day], or null when `s` is not a real 'YYYY-MM-DD' date. */
function parse(s: unknown): [number, number, number] | null {
  if (typeof s !== 'string') return null;
  const match = CALENDAR_DATE.exec(s);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return [year, month, day];
}

// Howard Hinnant's days_from_civil / civil_from_days (https://howardhinnant.github.io/date_algorithms.html):
// exact integer arithmetic, unlike Date.UTC, which also maps years 0–99 to 1900–1999.
function toDayNumber(d: string): number {
  const parts = parse(d);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(d)}`);
  const [month, day] = [parts[1], parts[2]];
  const year = month <= 2 ? parts[0] - 1 : parts[0];
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromDayNumber(dayNumber: number): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) throw new RangeError(`Date out of range 0000-9999: year ${year}`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** True when `s` is exactly 'YYYY-MM-DD' and names a real day (2024-02-29 yes, 2023-02-29 no). */
export function isCalendarDate(s: unknown): s is string {
  return parse(s) !== null;
}

/** The date `n` days after `d` (before it when `n` is negative). Throws RangeError on a bad date or non-integer `n`. */
export function addDays(d: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Day count must be an integer: ${n}`);
  return fromDayNumber(toDayNumber(d) + n);
}

/** `to − from` in whole days; negative when `to` is before `from`. */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** -1, 0 or 1 as `a` is before, equal to or after `b`; usable as an `Array.prototype.sort` comparator. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  return Math.sign(toDayNumber(a) - toDayNumber(b)) as -1 | 0 | 1;
}

// Building a DateTimeFormat costs far more than formatting with one; the set of zones in use is small.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

/**
 * The calendar date of the instant `now` in `timezone` (IANA, e.g. 'Europe/London').
 * `now` is always passed in so callers take it from their injected clock.
 * Throws RangeError for an unknown timezone or an invalid `now`.
 */
export function todayIn(timezone: string, now: Date): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('Invalid instant');
  const parts = formatterFor(timezone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string => {
    const value = parts.find((p) => p.type === type)?.value;
    if (value === undefined) throw new RangeError(`No ${type} when formatting in ${timezone}`);
    return value;
  };
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/**
 * True when `tz` is a time zone name the runtime knows (IANA names and aliases such as 'UTC').
 * Offsets like '+01:00' are refused although newer runtimes accept them: a partnership's zone must
 * follow daylight saving.
 */
export function isValidTimezone(tz: unknown): tz is string {
  if (typeof tz !== 'string' || tz.length === 0 || /^[+-]/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * The canonical spelling of an IANA timezone ("europe/london" → "Europe/London"), or null when the
 * runtime does not know it. Stored canonical so partnerships compare and display alike.
 */
export function canonicalTimezone(tz: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
