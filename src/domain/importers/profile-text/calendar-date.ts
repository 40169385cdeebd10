export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

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

export function isValidCalendarDate({ year, month, day }: CalendarDate): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));

  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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
