export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Years accepted in paper dates. An earlier year is taken to be a typing error, and a later one has five digits. */
export const EARLIEST_YEAR = 1000;
export const LATEST_YEAR = 9999;

const THIRTY_DAY_MONTHS = new Set([4, 6, 9, 11]);

export function formatLocalDate(date: Date): string {
  return formatIsoDate({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

export function parseIsoDate(isoDate: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;

  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };

  return isValidCalendarDate(date) ? date : undefined;
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Checks the date against the proleptic Gregorian calendar. Counts the days itself because `Date.UTC` reads the
 * years 0–99 as 1900–1999.
 */
export function isValidCalendarDate({ year, month, day }: CalendarDate): boolean {
  if (![year, month, day].every(Number.isInteger)) return false;
  if (month < 1 || month > 12) return false;

  return day >= 1 && day <= daysInMonth(year, month);
}

export function isYearInRange(year: number): boolean {
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;

  return THIRTY_DAY_MONTHS.has(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function compareCalendarDates(left: CalendarDate, right: CalendarDate): number {
  return left.year - right.year || left.month - right.month || left.day - right.day;
}

/**
 * Infers the year of a yearless date. The site leaves out the year for dates in the current year, so the date is in
 * the capture year unless that would put it after the capture date. Then it is in the year before.
 */
export function inferYear(month: number, day: number, capturedOn: CalendarDate): number {
  const inCaptureYear = { year: capturedOn.year, month, day };

  return compareCalendarDates(inCaptureYear, capturedOn) > 0 ? capturedOn.year - 1 : capturedOn.year;
}
