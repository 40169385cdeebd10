import type { DatePrecision, Result } from '../../model';
import { splitArxivVersion } from '../../paper-id';
import { formatIsoDate, isValidCalendarDate } from '../profile-text/calendar-date';

/** A cell's value, or what the cell should have contained ("a number from 0 to 100"). */
export type CellValue<T> = Result<T>;

export interface PublicationDate {
  published: string;
  datePrecision: DatePrecision;
}

export interface ArxivIdentifier {
  arxivId: string;
  arxivVersion?: string;
}

const DATE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;
/** Decimal notation with an optional exponent. A decimal comma is accepted, as spreadsheets in many countries write it. */
const DECIMAL_NUMBER = /^\+?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[+-]?\d+)?$/i;
const WHOLE_NUMBER = /^\+?\d+$/;
const NEW_STYLE_ARXIV_ID = /^\d{4}\.\d{4,5}$/;
const OLD_STYLE_ARXIV_ID = /^[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7}$/;
const ARXIV_URL_PREFIX = /^https?:\/\/(?:www\.)?arxiv\.org\/(?:abs|pdf)\//i;
const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;
const DOI = /^10\.\S+\/\S+$/;
const TRUNCATION_MARK = /^(?:et\s+al\.?|others)$/i;
const TRAILING_ET_AL = /\s+et\s+al\.?$/i;

const HAS_CODE_WORDS: Record<string, boolean> = { yes: true, true: true, '1': true, no: false, false: false, '0': false };

function expected<T>(description: string): CellValue<T> {
  return { ok: false, error: description };
}

/** Reads `yyyy`, `yyyy-mm` or `yyyy-mm-dd`. The parts a date leaves out are filled with 01. */
export function parseDate(text: string): CellValue<PublicationDate> {
  const match = DATE.exec(text);
  const description = 'a date written yyyy, yyyy-mm or yyyy-mm-dd';
  if (!match) return expected(description);

  const date = { year: Number(match[1]), month: Number(match[2] ?? 1), day: Number(match[3] ?? 1) };
  if (date.year < 1000 || !isValidCalendarDate(date)) return expected(description);

  return { ok: true, value: { published: formatIsoDate(date), datePrecision: precisionOf(match) } };
}

function precisionOf(match: RegExpExecArray): DatePrecision {
  if (match[3] !== undefined) return 'day';
  if (match[2] !== undefined) return 'month';
  return 'year';
}

export function parseScore(text: string): CellValue<number> {
  const score = DECIMAL_NUMBER.test(text) ? Number(text.replace(',', '.')) : Number.NaN;

  if (!(score >= 0 && score <= 100)) return expected('a number from 0 to 100');
  return { ok: true, value: score };
}

export function parseCitations(text: string): CellValue<number> {
  const citations = WHOLE_NUMBER.test(text) ? Number(text) : Number.NaN;

  if (!Number.isSafeInteger(citations)) return expected('a whole number of 0 or more');
  return { ok: true, value: citations };
}

export function parseHasCode(text: string): CellValue<boolean> {
  const hasCode = HAS_CODE_WORDS[text.toLowerCase()];

  if (hasCode === undefined) return expected('yes, no, true, false, 1 or 0');
  return { ok: true, value: hasCode };
}

/** Reads `2401.01234`, `2401.01234v2`, `arXiv:2401.01234v2`, an arxiv.org abs or pdf link, or an old-style `hep-th/9901001`. */
export function parseArxivId(text: string): CellValue<ArxivIdentifier> {
  const bareId = text.replace(ARXIV_URL_PREFIX, '').replace(/\.pdf$/i, '');
  const { id, version } = splitArxivVersion(bareId);

  if (!NEW_STYLE_ARXIV_ID.test(id) && !OLD_STYLE_ARXIV_ID.test(id)) {
    return expected('an arXiv identifier such as 2401.01234 or 2401.01234v2');
  }
  return { ok: true, value: version === undefined ? { arxivId: id } : { arxivId: id, arxivVersion: version } };
}

/** Reads a DOI with or without a `doi:` or https://doi.org/ prefix, and returns it without the prefix. */
export function parseDoi(text: string): CellValue<string> {
  const doi = text.replace(DOI_PREFIX, '');

  if (!DOI.test(doi)) return expected('a DOI such as 10.1000/xyz123');
  return { ok: true, value: doi };
}

/**
 * Splits an author cell at semicolons or, when it has none, at the word "and". A last item "et al." or "others",
 * or "et al." after the last name, marks the list as cut short.
 */
export function parseAuthors(text: string): { authors: string[]; authorsTruncated: boolean } {
  const authors = text.includes(';') ? splitList(text) : splitList(text, /\s+and\s+/);
  const last = authors.at(-1);

  if (last !== undefined && TRUNCATION_MARK.test(last)) {
    return { authors: authors.slice(0, -1), authorsTruncated: true };
  }
  if (last !== undefined && TRAILING_ET_AL.test(last)) {
    return { authors: [...authors.slice(0, -1), last.replace(TRAILING_ET_AL, '')], authorsTruncated: true };
  }
  return { authors, authorsTruncated: false };
}

/** Splits a cell into trimmed, non-empty items. */
export function splitList(text: string, separator: string | RegExp = ';'): string[] {
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
