import type { DatePrecision, Result } from '../../model';

/** A publication date with the parts the entry gives; unknown parts are 01. */
export interface EntryDate {
  published: string;
  datePrecision: DatePrecision;
}

export interface DateFields {
  date?: string;
  year?: string;
  month?: string;
  day?: string;
}

export interface DateReading {
  date?: EntryDate;
  /** A month or day that could not be read and was left out, while the year was kept. */
  warning?: string;
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** biblatex `date`: `2024`, `2024-06` or `2024-06-03`, optionally a time after `T` or a range after `/`. */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T[^/]*)?(?:\/.*)?$/;

/**
 * Reads the date from biblatex's `date` field, or else from `year`, `month` and `day`. A `date` or `year` that is
 * not a date fails the entry. A month or day that cannot be read only lowers the precision, because BibTeX files
 * often contain free text there, such as `month = {Spring}`.
 */
export function readEntryDate(fields: DateFields): Result<DateReading> {
  if (fields.date !== undefined) return readIsoDate(fields.date);
  if (fields.year === undefined) return { ok: true, value: {} };

  const year = /^\d{4}$/.test(fields.year) ? Number(fields.year) : undefined;
  if (year === undefined) {
    return { ok: false, error: `Field year: expected a year such as 2024, found "${fields.year}".` };
  }
  if (fields.month === undefined) return { ok: true, value: { date: formatDate(year) } };

  const month = readMonth(fields.month);
  if (month === undefined) {
    return {
      ok: true,
      value: { date: formatDate(year), warning: `the month "${fields.month}" is not a month name or number, so only the year was kept.` },
    };
  }
  if (fields.day === undefined) return { ok: true, value: { date: formatDate(year, month) } };

  const day = /^\d{1,2}$/.test(fields.day) ? Number(fields.day) : undefined;
  if (day === undefined || !isValidDay(year, month, day)) {
    return {
      ok: true,
      value: { date: formatDate(year, month), warning: `the day "${fields.day}" is not a day of that month, so only the year and month were kept.` },
    };
  }
  return { ok: true, value: { date: formatDate(year, month, day) } };
}

function readIsoDate(text: string): Result<DateReading> {
  const match = ISO_DATE.exec(text);
  const invalid = { ok: false as const, error: `Field date: expected a date such as 2024-06-03, 2024-06 or 2024, found "${text}".` };
  if (!match) return invalid;

  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  const month = monthText === undefined ? undefined : Number(monthText);
  const day = dayText === undefined ? undefined : Number(dayText);
  if (month !== undefined && (month < 1 || month > 12)) return invalid;
  if (month !== undefined && day !== undefined && !isValidDay(year, month, day)) return invalid;

  return { ok: true, value: { date: formatDate(year, month, day) } };
}

/** Reads `6`, `06`, `jun`, `June` or `Jun.`; the parser has already turned month macros such as `jun` into numbers. */
function readMonth(text: string): number | undefined {
  const trimmed = text.trim().replace(/\.$/, '').toLowerCase();
  if (/^\d{1,2}$/.test(trimmed)) {
    const month = Number(trimmed);
    return month >= 1 && month <= 12 ? month : undefined;
  }

  // Any prefix of three letters or more: `Jun`, `Sept`, `Septemb`.
  const index = MONTH_NAMES.findIndex((name) => trimmed.length >= 3 && name.startsWith(trimmed));
  return index === -1 ? undefined : index + 1;
}

function isValidDay(year: number, month: number, day: number): boolean {
  const isLeapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const lastDay = month === 2 && isLeapYear ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);

  return day >= 1 && day <= lastDay;
}

function formatDate(year: number, month?: number, day?: number): EntryDate {
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  const published = `${String(year).padStart(4, '0')}-${twoDigits(month ?? 1)}-${twoDigits(day ?? 1)}`;

  if (day !== undefined) return { published, datePrecision: 'day' };
  if (month !== undefined) return { published, datePrecision: 'month' };
  return { published, datePrecision: 'year' };
}
