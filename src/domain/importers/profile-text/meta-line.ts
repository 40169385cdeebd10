import type { DatePrecision } from '../../model';
import { formatIsoDate, inferYear, isValidCalendarDate, type CalendarDate } from './calendar-date';

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
 * is accepted where the month goes, so that a misspelt month is reported instead of being read as a title.
 */
const META_LINE = new RegExp(
  String.raw`^(?<score>\d{1,3}(?:\.\d+)?)?` +
    `(?<category>${CATEGORY_PATTERN})` +
    String.raw`(?:(?<month>[A-Z][a-z]+)\.? (?<day>\d{1,2})(?:, ?(?<dayYear>\d{4}))?` +
    String.raw`|(?<monthOfYear>[A-Z][a-z]+)\.? (?<monthYear>\d{4})` +
    String.raw`|(?<yearOnly>\d{4}))` +
    String.raw` ?(?<code>Code)?$`,
);

interface PublishedDate {
  iso: string;
  precision: DatePrecision;
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
 * impossible day, score over 100), or anything else. Dates without a year are read against `capturedOn`.
 */
export function classifyMetaLine(text: string, capturedOn: CalendarDate): MetaLineClass {
  const groups = META_LINE.exec(text)?.groups;
  if (!groups) return { kind: 'other' };

  const score = groups.score === undefined ? undefined : Number(groups.score);
  if (score !== undefined && score > 100) {
    return { kind: 'malformed', reason: `The score ${groups.score} is over 100, which is the largest possible score.` };
  }

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

/** Returns the date, or the reason it is impossible. */
function readPublishedDate(groups: Record<string, string | undefined>, capturedOn: CalendarDate): PublishedDate | string {
  if (groups.yearOnly !== undefined) {
    return { iso: `${groups.yearOnly}-01-01`, precision: 'year' };
  }

  const monthWord = groups.month ?? groups.monthOfYear!;
  const month = MONTH_NUMBERS.get(monthWord.toLowerCase());
  if (month === undefined) return `"${monthWord}" is not a month name.`;

  if (groups.monthYear !== undefined) {
    return { iso: formatIsoDate({ year: Number(groups.monthYear), month, day: 1 }), precision: 'month' };
  }

  const day = Number(groups.day);
  const year = groups.dayYear === undefined ? inferYear(month, day, capturedOn) : Number(groups.dayYear);
  const date = { year, month, day };

  if (!isValidCalendarDate(date)) return `${monthWord} ${day}, ${year} is not a date in the calendar.`;

  return { iso: formatIsoDate(date), precision: 'day' };
}
