import { isCalendarDate } from '@app/calendar';

/**
 * A cell as the spreadsheet reader hands it over: text, a number, a boolean, a date (already a
 * calendar date, so no time zone can shift it), or nothing.
 */
export type CellValue = string | number | boolean | { date: string } | null;

export type DateParse = { ok: true; date: string } | { ok: false; message: string };

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/**
 * Serial numbers Excel shows for 1970-01-01 … 2199-12-31. Outside that a number in a date column is
 * far more likely a typo or a year ("2025") than a date, so it is refused rather than guessed.
 */
const SERIAL_MIN = 25569;
const SERIAL_MAX = 109938;

function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function checked(year: number, month: number, day: number, original: string): DateParse {
  const date = ymd(year, month, day);
  return isCalendarDate(date) ? { ok: true, date } : { ok: false, message: `"${original}" is not a real date` };
}

/**
 * Excel's serial day number to a calendar date. Serial 1 is 1900-01-01 and Excel counts a
 * 29 February 1900 that never was (serial 60), so serials from 61 on are days since 1899-12-30.
 * A time of day (the fraction) is dropped.
 */
export function excelSerialToDate(serial: number): DateParse {
  if (!Number.isFinite(serial)) return { ok: false, message: 'is not a date' };
  const whole = Math.floor(serial);
  if (whole < SERIAL_MIN || whole > SERIAL_MAX) {
    return { ok: false, message: `${serial} is a number, not a date (write dates as YYYY-MM-DD or DD/MM/YYYY)` };
  }
  const ms = Date.UTC(1899, 11, 30) + whole * 86_400_000;
  return { ok: true, date: new Date(ms).toISOString().slice(0, 10) };
}

/**
 * Reads a date the way a UK delivery plan writes it: ISO `2025-03-31` (a time after it is ignored),
 * UK day-first `31/03/2025`, `31-03-25` or `31.3.2025` (two-digit years are 20xx), `31 March 2025`
 * or `31-Mar-2025`, a date-formatted cell, or an Excel serial number (`45747`). Day-first always:
 * `04/05/2025` is 4 May. Blank cells are the caller's business (they are optional or missing).
 */
export function parseSheetDate(value: CellValue): DateParse {
  if (value === null) return { ok: false, message: 'is empty' };
  if (typeof value === 'object') {
    return isCalendarDate(value.date) ? { ok: true, date: value.date } : { ok: false, message: 'is not a real date' };
  }
  if (typeof value === 'number') return excelSerialToDate(value);
  if (typeof value === 'boolean') return { ok: false, message: `${value} is not a date` };

  const text = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (m) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return checked(year, Number(m[2]), Number(m[1]), text);
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{4})$/.exec(text);
  if (m) {
    const month = MONTHS[m[2].toLowerCase()];
    if (month) return checked(Number(m[3]), month, Number(m[1]), text);
  }
  if (/^\d+(\.\d+)?$/.test(text)) return excelSerialToDate(Number(text));
  return { ok: false, message: `"${text.slice(0, 40)}" is not a date (write YYYY-MM-DD or DD/MM/YYYY)` };
}
