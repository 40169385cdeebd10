import {
  fail,
  ok,
  type DatePrecision,
  type ImportWarning,
  type Paper,
  type Profile,
  type ReportedFigures,
  type Result,
} from '../model';
import { paperIdFromTitle } from '../paper-id';

/** Everything read from one copied profile page. */
export interface ProfileTextImport {
  profile: Profile;
  papers: Paper[];
  warnings: ImportWarning[];
}

export interface ProfileTextOptions {
  /** ISO date (yyyy-mm-dd) the page was copied, which yearless dates are read against. Default: today, local time. */
  capturedOn?: string;
  /** Clock for the default capture date, so that tests can fix "today". */
  now?: Date;
}

/**
 * Parses the text a person gets by selecting all and copying a researcher's profile page on a paper-scoring site.
 *
 * The text is a header (name, category code, figures such as `h-index41`, a `19 Papers` line) followed by papers.
 * Each paper is a category-and-date line such as `48.4CLJun 3` or `LGMar 26, 2025Code`, a title line, an authors
 * line and an optional abstract line. Line endings, blank lines and non-breaking spaces may vary. The result is the
 * whole import or the reason, naming the 1-based line, why there is none.
 */
export function parseProfileText(text: string, options: ProfileTextOptions = {}): Result<ProfileTextImport> {
  try {
    return ok(parseOrThrow(text, options));
  } catch (error) {
    if (error instanceof ProfileTextError) return fail(error.message);
    throw error;
  }
}

/** The reason the text is not a profile page, which `parseProfileText` returns as a failed result. */
class ProfileTextError extends Error {}

interface SourceLine {
  /** 1-based line number in the original text, counting blank lines. */
  number: number;
  text: string;
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The content lines and the capture date that yearless dates are read against. */
interface ParseContext {
  lines: SourceLine[];
  capturedOn: CalendarDate;
}

function parseOrThrow(text: string, options: ProfileTextOptions): ProfileTextImport {
  const capturedOn = resolveCaptureDate(options);
  const context = { lines: readContentLines(text), capturedOn };

  const header = parseHeader(context);
  const parsedPapers = parsePapers(context, header.firstPaperIndex);
  const { papers, warnings: duplicateWarnings } = assignUniqueIds(parsedPapers);

  return {
    profile: buildProfile(header, capturedOn),
    papers,
    warnings: [...header.warnings, ...paperCountWarnings(header.paperCountLines, papers.length), ...duplicateWarnings],
  };
}

const SPACE_LIKE_CHARACTERS = /[\u00A0\u2007\u2009\u202F]/g;
const BYTE_ORDER_MARK = /\uFEFF/g;

/** Splits the text into trimmed, non-blank lines that keep their original line numbers. */
function readContentLines(text: string): SourceLine[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((rawLine, index) => ({ number: index + 1, text: normalizeSpaces(rawLine).trim() }))
    .filter((line) => line.text !== '');
}

function normalizeSpaces(text: string): string {
  return text.replace(BYTE_ORDER_MARK, '').replace(SPACE_LIKE_CHARACTERS, ' ');
}

function resolveCaptureDate(options: ProfileTextOptions): CalendarDate {
  const isoDate = options.capturedOn ?? formatLocalDate(options.now ?? new Date());
  const capturedOn = parseIsoDate(isoDate);

  if (!capturedOn) {
    throw new ProfileTextError(
      `The capture date "${isoDate}" is not a valid date. Write it as yyyy-mm-dd, such as "2026-12-04".`,
    );
  }

  return capturedOn;
}

function formatLocalDate(date: Date): string {
  return formatIsoDate({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

function parseIsoDate(isoDate: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;

  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };

  return isValidCalendarDate(date) ? date : undefined;
}

function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isValidCalendarDate({ year, month, day }: CalendarDate): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));

  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function compareCalendarDates(left: CalendarDate, right: CalendarDate): number {
  return left.year - right.year || left.month - right.month || left.day - right.day;
}

/** Category codes such as `LG`, `stat.ML`, `q-bio.NC`, `astro-ph.GA`, `cond-mat.stat-mech` or `hep-th`. */
const CATEGORY_PATTERN = String.raw`[A-Z]{2,4}|[a-z]+(?:-[a-z]+)?\.(?:[A-Z]{2}|[a-z]+(?:-[a-z]+)?)|[a-z]+-[a-z]+`;
const CATEGORY_LINE = new RegExp(`^(?:${CATEGORY_PATTERN})$`);

/** A whole number, optionally grouped in thousands by commas or spaces (`1,430`, `1 430`). */
const COUNT_PATTERN = String.raw`(\d{1,3}(?:[, ]\d{3})+|\d+)`;
const PAPER_COUNT_LINE = new RegExp(`^${COUNT_PATTERN} *papers?$`, 'i');

type FigureName = Exclude<keyof ReportedFigures, 'paperCount'>;

interface FigureFormat {
  name: FigureName;
  label: string;
  pattern: RegExp;
  maximum?: number;
}

const FIGURE_FORMATS: FigureFormat[] = [
  { name: 'hIndex', label: 'h-index', pattern: /^h-index *(\d+)$/i },
  { name: 'citations', label: 'citation count', pattern: new RegExp(`^${COUNT_PATTERN} *citations?$`, 'i') },
  { name: 'noveltyPercent', label: 'novelty', pattern: /^novelty *(\d+(?:\.\d+)?) *%$/i, maximum: 100 },
  { name: 'aiScore', label: 'AI score', pattern: /^ai score *(\d+(?:\.\d+)?)$/i, maximum: 100 },
];

const EXPECTED_HEADER_LINE =
  'a header figure (such as "h-index41"), the paper count (such as "19 Papers") ' +
  'or a paper\'s category and date (such as "LGMar 26, 2025")';

interface PaperCountLine {
  line: number;
  count: number;
}

interface ProfileHeader {
  name: string;
  primaryCategory?: string;
  reported: ReportedFigures;
  /** Every header line that states a paper count: the `19papers` figure and the `19 Papers` list heading. */
  paperCountLines: PaperCountLine[];
  warnings: ImportWarning[];
  /** Index into the content lines of the first paper's category-and-date line, or their length when none. */
  firstPaperIndex: number;
}

function parseHeader(context: ParseContext): ProfileHeader {
  const { lines, capturedOn } = context;
  const nameLine = readNameLine(context);
  const header: ProfileHeader = {
    name: nameLine.text,
    reported: {},
    paperCountLines: [],
    warnings: [],
    firstPaperIndex: lines.length,
  };

  if (lines.length === 1) {
    throw expectedError(
      nameLine.number + 1,
      'the researcher\'s category code (such as "LG"), a header figure (such as "h-index41") or the first paper',
      'the end of the text',
    );
  }

  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;

    if (classifyMetaLine(line.text, capturedOn).kind !== 'other') {
      header.firstPaperIndex = index;
      break;
    }

    readHeaderLine(header, line);
  }

  return header;
}

function readNameLine({ lines, capturedOn }: ParseContext): SourceLine {
  const nameLine = lines[0];

  if (!nameLine) throw expectedError(1, "the researcher's name", 'an empty text');

  if (isHeaderFigureLine(nameLine.text) || classifyMetaLine(nameLine.text, capturedOn).kind !== 'other') {
    throw expectedError(nameLine.number, "the researcher's name", quote(nameLine.text));
  }

  return nameLine;
}

function isHeaderFigureLine(text: string): boolean {
  return (
    CATEGORY_LINE.test(text) ||
    PAPER_COUNT_LINE.test(text) ||
    FIGURE_FORMATS.some((format) => format.pattern.test(text))
  );
}

function readHeaderLine(header: ProfileHeader, line: SourceLine): void {
  if (CATEGORY_LINE.test(line.text)) {
    readCategoryLine(header, line);
    return;
  }

  const paperCount = PAPER_COUNT_LINE.exec(line.text);
  if (paperCount) {
    const count = parseCount(paperCount[1]!);
    header.paperCountLines.push({ line: line.number, count });
    header.reported.paperCount ??= count;
    return;
  }

  const format = FIGURE_FORMATS.find((candidate) => candidate.pattern.test(line.text));
  if (format) {
    readFigureLine(header, line, format);
    return;
  }

  throw expectedError(line.number, EXPECTED_HEADER_LINE, quote(line.text));
}

function readCategoryLine(header: ProfileHeader, line: SourceLine): void {
  if (header.primaryCategory !== undefined) {
    header.warnings.push(repeatedHeaderLineWarning(line, 'category code', header.primaryCategory));
    return;
  }

  header.primaryCategory = line.text;
}

function readFigureLine(header: ProfileHeader, line: SourceLine, format: FigureFormat): void {
  const value = parseCount(format.pattern.exec(line.text)![1]!);

  if (format.maximum !== undefined && value > format.maximum) {
    throw new ProfileTextError(
      `Line ${line.number}: the ${format.label} ${value} in ${quote(line.text)} is over ${format.maximum}, ` +
        `which is the largest possible value.`,
    );
  }

  const earlier = header.reported[format.name];
  if (earlier !== undefined) {
    header.warnings.push(repeatedHeaderLineWarning(line, format.label, String(earlier)));
    return;
  }

  header.reported[format.name] = value;
}

function repeatedHeaderLineWarning(line: SourceLine, label: string, keptValue: string): ImportWarning {
  return {
    line: line.number,
    message:
      `The header gives the ${label} more than once. ` +
      `The first value, ${keptValue}, is kept and ${quote(line.text)} is ignored.`,
  };
}

function parseCount(text: string): number {
  return Number(text.replace(/[, ]/g, ''));
}

function buildProfile(header: ProfileHeader, capturedOn: CalendarDate): Profile {
  return {
    name: header.name,
    ...(header.primaryCategory !== undefined && { primaryCategory: header.primaryCategory }),
    reported: header.reported,
    capturedOn: formatIsoDate(capturedOn),
  };
}

function paperCountWarnings(countLines: PaperCountLine[], papersFound: number): ImportWarning[] {
  const warnedCounts = new Set<number>();
  const warnings: ImportWarning[] = [];

  for (const { line, count } of countLines) {
    if (count === papersFound || warnedCounts.has(count)) continue;

    warnedCounts.add(count);
    warnings.push({
      line,
      message:
        `The header reports ${formatPaperCount(count)}, but the text lists ${formatPaperCount(papersFound)}. ` +
        'Check that the copy contains the whole page.',
    });
  }

  return warnings;
}

function formatPaperCount(count: number): string {
  return count === 1 ? '1 paper' : `${count} papers`;
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

interface PaperMeta {
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
function classifyMetaLine(text: string, capturedOn: CalendarDate): MetaLineClass {
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

/**
 * Infers the year of a yearless date. The site leaves out the year for dates in the current year, so the date is in
 * the capture year unless that would put it after the capture date. Then it is in the year before.
 */
function inferYear(month: number, day: number, capturedOn: CalendarDate): number {
  const inCaptureYear = { year: capturedOn.year, month, day };

  return compareCalendarDates(inCaptureYear, capturedOn) > 0 ? capturedOn.year - 1 : capturedOn.year;
}

/** Maximum words in one author's name. An authors line with a longer part is taken to be an abstract. */
const MAX_WORDS_PER_AUTHOR = 8;

const EXPECTED_META_LINE = 'a paper\'s category and date (such as "LGMar 26, 2025")';
const EXAMPLE_AUTHORS = '"Alex Moreau, Wei Zhang et al."';

const AFFILIATION_SEPARATOR = /\s+\u00B7\s*|\s*\u00B7\s+/;
const ET_AL_SUFFIX = /,?\s*\bet al\.?$/;

interface ParsedPaper {
  paper: Paper;
  titleLine: number;
}

interface AuthorsLine {
  authors: string[];
  authorsTruncated: boolean;
  affiliations: string[];
}

function parsePapers(context: ParseContext, firstPaperIndex: number): ParsedPaper[] {
  const papers: ParsedPaper[] = [];
  let index = firstPaperIndex;

  while (index < context.lines.length) {
    const { paper, nextIndex } = parsePaper(context, index, papers.length);
    papers.push(paper);
    index = nextIndex;
  }

  return papers;
}

/** Reads the paper whose category-and-date line is at `index`. `nextIndex` is the index after the paper's last line. */
function parsePaper(
  context: ParseContext,
  index: number,
  sourceIndex: number,
): { paper: ParsedPaper; nextIndex: number } {
  const meta = readMetaLine(context, index);
  const titleLine = readTitleLine(context, index + 1);
  const authorsLine = readAuthorsLine(context, index + 2);
  const abstractLine = findAbstractLine(context, index + 3);

  const paper = buildPaper(meta, titleLine.text, parseAuthorsLine(authorsLine.text), abstractLine?.text, sourceIndex);
  const nextIndex = index + (abstractLine ? 4 : 3);

  return { paper: { paper, titleLine: titleLine.number }, nextIndex };
}

function readMetaLine({ lines, capturedOn }: ParseContext, index: number): PaperMeta {
  const line = lines[index]!;
  const metaLine = classifyMetaLine(line.text, capturedOn);

  if (metaLine.kind === 'malformed') {
    throw expectedError(line.number, EXPECTED_META_LINE, quote(line.text), metaLine.reason);
  }

  if (metaLine.kind === 'other') throw expectedError(line.number, EXPECTED_META_LINE, quote(line.text));

  return metaLine.meta;
}

function readTitleLine({ lines, capturedOn }: ParseContext, index: number): SourceLine {
  const metaLine = lines[index - 1]!;
  const titleLine = lines[index];

  if (!titleLine) {
    throw expectedError(metaLine.number, `a title after ${quote(metaLine.text)}`, 'the end of the text');
  }

  // NOTE: a title that is itself a valid category-and-date line is read as a missing title.
  if (classifyMetaLine(titleLine.text, capturedOn).kind === 'meta') {
    throw expectedError(
      titleLine.number,
      `the title of the paper on line ${metaLine.number}`,
      `another category and date line, ${quote(titleLine.text)}`,
    );
  }

  return titleLine;
}

function readAuthorsLine({ lines, capturedOn }: ParseContext, index: number): SourceLine {
  const titleLine = lines[index - 1]!;
  const authorsLine = lines[index];
  const expected = `the authors of ${quote(titleLine.text)}, such as ${EXAMPLE_AUTHORS}`;

  if (!authorsLine) throw expectedError(titleLine.number, expected, 'the end of the text');

  if (classifyMetaLine(authorsLine.text, capturedOn).kind !== 'other') {
    throw expectedError(authorsLine.number, expected, `a category and date line, ${quote(authorsLine.text)}`);
  }

  if (!looksLikeAuthorsLine(authorsLine.text)) {
    throw expectedError(authorsLine.number, expected, quote(authorsLine.text));
  }

  return authorsLine;
}

function looksLikeAuthorsLine(text: string): boolean {
  const { authors } = parseAuthorsLine(text);

  return authors.length > 0 && authors.every((author) => author.split(' ').length <= MAX_WORDS_PER_AUTHOR);
}

/**
 * Returns the abstract line at `index`, or undefined when the paper has none and the line starts the next paper.
 * A valid category-and-date line is still read as an abstract when another one follows it, because a paper's own
 * category-and-date line is always followed by a title.
 */
function findAbstractLine({ lines, capturedOn }: ParseContext, index: number): SourceLine | undefined {
  const candidate = lines[index];
  if (!candidate) return undefined;

  const candidateClass = classifyMetaLine(candidate.text, capturedOn);
  if (candidateClass.kind === 'other') return candidate;

  if (candidateClass.kind === 'malformed') {
    throw expectedError(candidate.number, EXPECTED_META_LINE, quote(candidate.text), candidateClass.reason);
  }

  const following = lines[index + 1];
  const followedByMetaLine = following !== undefined && classifyMetaLine(following.text, capturedOn).kind === 'meta';

  return followedByMetaLine ? candidate : undefined;
}

/** Splits `A, B, C et al. · aff1, aff2` into authors, the et-al. flag and affiliations. */
function parseAuthorsLine(text: string): AuthorsLine {
  const [authorsText = '', ...affiliationTexts] = text.split(AFFILIATION_SEPARATOR);
  const authorsTruncated = ET_AL_SUFFIX.test(authorsText);

  const authors = splitList(authorsText.replace(ET_AL_SUFFIX, ''));
  const affiliations = affiliationTexts.flatMap(splitList);

  return { authors, authorsTruncated, affiliations };
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function buildPaper(
  meta: PaperMeta,
  title: string,
  authorsLine: AuthorsLine,
  abstract: string | undefined,
  sourceIndex: number,
): Paper {
  const year = Number(meta.published.iso.slice(0, 4));

  return {
    id: paperIdFromTitle(title, year),
    title,
    authors: authorsLine.authors,
    authorsTruncated: authorsLine.authorsTruncated,
    affiliations: authorsLine.affiliations,
    category: meta.category,
    published: meta.published.iso,
    datePrecision: meta.published.precision,
    ...(meta.score !== undefined && { score: meta.score }),
    hasCode: meta.hasCode,
    ...(abstract !== undefined && { abstract }),
    sourceIndex,
  };
}

/**
 * Keeps papers that share a title and year apart by suffixing `-2`, `-3` … to the later ids, so ids stay unique and
 * stable as long as the source order stays the same.
 */
function assignUniqueIds(parsedPapers: ParsedPaper[]): { papers: Paper[]; warnings: ImportWarning[] } {
  const firstTitleLineById = new Map<string, number>();
  const occurrencesById = new Map<string, number>();
  const warnings: ImportWarning[] = [];

  const papers = parsedPapers.map(({ paper, titleLine }) => {
    const occurrences = (occurrencesById.get(paper.id) ?? 0) + 1;
    occurrencesById.set(paper.id, occurrences);

    const firstTitleLine = firstTitleLineById.get(paper.id);
    if (firstTitleLine === undefined) {
      firstTitleLineById.set(paper.id, titleLine);
      return paper;
    }

    warnings.push({
      line: titleLine,
      message: `The paper ${quote(paper.title)} appears again (first on line ${firstTitleLine}). Both copies are kept.`,
    });
    return { ...paper, id: `${paper.id}-${occurrences}` };
  });

  return { papers, warnings };
}

const MAX_QUOTED_LENGTH = 80;

/** Builds `Line 12: expected …, found ….`, followed by `detail` when there is one. */
function expectedError(line: number, expected: string, found: string, detail?: string): ProfileTextError {
  const message = `Line ${line}: expected ${expected}, found ${found}.`;

  return new ProfileTextError(detail === undefined ? message : `${message} ${detail}`);
}

function quote(text: string): string {
  const shortened = text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH - 1)}…` : text;

  return `"${shortened}"`;
}
