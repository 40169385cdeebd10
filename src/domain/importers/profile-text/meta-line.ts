import type { DatePrecision } from '../../model';
import {
  EARLIEST_YEAR,
  formatIsoDate,
  inferYear,
  isValidCalendarDate,
  isYearInRange,
  LATEST_YEAR,
  type CalendarDate,
} from './calendar-date';
import { excerpt, quote } from './profile-text-error';

/** Category codes such as `LG`, `stat.ML`, `q-bio.NC`, `astro-ph.GA`, `cond-mat.stat-mech` or `hep-th`. */
export const CATEGORY_PATTERN = String.raw`[A-Z]{2,4}|[a-z]+(?:-[a-z]+)?\.(?:[A-Z]{2}|[a-z]+(?:-[a-z]+)?)|[a-z]+-[a-z]+`;

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

/** Full month names, three-letter abbreviations and `Sept`, lower-cased, to month numbers 1–12. */
const MONTH_NUMBERS = new Map<string, number>([
  ...MONTH_NAMES.map((name, index): [string, number] => [name, index + 1]),
  ...MONTH_NAMES.map((name, index): [string, number] => [name.slice(0, 3), index + 1]),
  ['sept', 9],
]);

/**
 * A paper's category-and-date line: optional score, category code, date and optional `Code` mark, glued together
 * as the copy glues them (`48.4CLJun 3`, `LGMar 26, 2025Code`, `AIJun 15, 2024`, `LG2025`). Any capitalised word
 * is accepted where the month goes, and any number where the score goes, so that a misspelt month or an impossible
 * score is reported instead of being read as a title.
 */
const META_LINE = new RegExp(
  String.raw`^(?<score>-?\d+(?:\.\d+)?)?` +
    `(?<category>${CATEGORY_PATTERN})` +
    String.raw`(?:(?<month>[A-Z][a-z]+)\.? (?<day>\d{1,2})(?:, ?(?<dayYear>\d{4}))?` +
    String.raw`|(?<monthOfYear>[A-Z][a-z]+)\.? (?<monthYear>\d{4})` +
    String.raw`|(?<yearOnly>\d{4}))` +
    String.raw` ?(?<code>Code)?$`,
);

/**
 * The start of a category-and-date line in any form, such as `LGJun 3, 24` or `48,4CLJun 3`: an optional number,
 * a category code, then a capitalised word or a year. Only lines up to `MAX_META_LINE_LENGTH` are tested, because
 * a real category-and-date line is short and an abstract is long prose.
 */
const META_LINE_START = new RegExp(String.raw`^[-+]?[\d.,]*(?:${CATEGORY_PATTERN})(?:[A-Z][a-z]|\d{4})`);
const MAX_META_LINE_LENGTH = 40;

interface PublishedDate {
  iso: string;
  precision: DatePrecision;
  /** The date as the line gives it, such as `Jun 3, 2024`, with the inferred year added to a yearless date. */
  written: string;
}

export interface PaperMeta {
  score?: number;
  category: string;
  published: PublishedDate;
  hasCode: boolean;
}

type MetaLineClass = { kind: 'meta'; meta: PaperMeta } | { kind: 'malformed'; reason: string } | { kind: 'other' };

/**
 * Sorts a line into a valid category-and-date line, one with the right shape but an impossible value (unknown month,
 * impossible day, year out of range, score outside 0–100), or anything else. Dates without a year are read against
 * `capturedOn`.
 */
export function classifyMetaLine(text: string, capturedOn: CalendarDate): MetaLineClass {
  const groups = META_LINE.exec(text)?.groups;
  if (!groups) return { kind: 'other' };

  const score = groups.score === undefined ? undefined : readScore(groups.score);
  if (typeof score === 'string') return { kind: 'malformed', reason: score };

  const published = readPublishedDate(groups, capturedOn);
  if (typeof published === 'string') return { kind: 'malformed', reason: published };

  const meta: PaperMeta = {
    ...(score !== undefined && { score }),
    category: groups.category!,
    published,
    hasCode: groups.code !== undefined,
  };

  return { kind: 'meta', meta };
}

/** Checks whether a line that `classifyMetaLine` sorts as anything else still starts like a category-and-date line. */
export function looksLikeMetaLine(text: string): boolean {
  return text.length <= MAX_META_LINE_LENGTH && META_LINE_START.test(text);
}

/** Returns the score, or the reason it is impossible. */
function readScore(scoreText: string): number | string {
  if (scoreText.startsWith('-')) {
    return `The score ${excerpt(scoreText, 24)} is negative, but scores run from 0 to 100.`;
  }

  const score = Number(scoreText);
  if (score > 100) return `The score ${excerpt(scoreText, 24)} is over 100, which is the largest possible score.`;

  return score;
}

/** Returns the date, or the reason it is impossible. */
function readPublishedDate(groups: Record<string, string | undefined>, capturedOn: CalendarDate): PublishedDate | string {
  if (groups.yearOnly !== undefined) {
    const year = Number(groups.yearOnly);
    if (!isYearInRange(year)) return yearOutOfRangeReason(groups.yearOnly);

    return { iso: `${groups.yearOnly}-01-01`, precision: 'year', written: groups.yearOnly };
  }

  const monthWord = groups.month ?? groups.monthOfYear!;
  const month = MONTH_NUMBERS.get(monthWord.toLowerCase());
  if (month === undefined) return `${quote(monthWord)} is not a month name.`;

  if (groups.monthYear !== undefined) {
    const year = Number(groups.monthYear);
    if (!isYearInRange(year)) return yearOutOfRangeReason(groups.monthYear);

    const iso = formatIsoDate({ year, month, day: 1 });
    return { iso, precision: 'month', written: `${monthWord} ${groups.monthYear}` };
  }

  return readDayDate(monthWord, month, groups, capturedOn);
}

function readDayDate(
  monthWord: string,
  month: number,
  groups: Record<string, string | undefined>,
  capturedOn: CalendarDate,
): PublishedDate | string {
  const day = Number(groups.day);
  const year = groups.dayYear === undefined ? inferYear(month, day, capturedOn) : Number(groups.dayYear);
  const date = { year, month, day };

  if (!isYearInRange(year)) return yearOutOfRangeReason(groups.dayYear ?? String(year).padStart(4, '0'));
  if (!isValidCalendarDate(date)) return `${monthWord} ${day}, ${year} is not a date in the calendar.`;

  return { iso: formatIsoDate(date), precision: 'day', written: `${monthWord} ${day}, ${year}` };
}

function yearOutOfRangeReason(yearText: string): string {
  return `The year ${yearText} is out of range (${EARLIEST_YEAR}–${LATEST_YEAR}).`;
}
